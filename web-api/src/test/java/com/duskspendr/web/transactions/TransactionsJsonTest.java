package com.duskspendr.web.transactions;

import com.duskspendr.web.api.IfMatch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.duskspendr.platform.failure.ConflictException;
import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.web.api.ApiJson;
import com.duskspendr.web.envelope.EnvelopeFactory;
import com.duskspendr.web.envelope.ErrorCode;
import com.duskspendr.web.errors.ApiError;
import com.duskspendr.web.errors.ErrorTranslator;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Amounts in, cursors and conflict state out, and the If-Match header, through the API's own JSON-B setup. */
class TransactionsJsonTest {

  private static Jsonb jsonb;
  private final EnvelopeFactory factory =
      new EnvelopeFactory(Clock.fixed(Instant.parse("2025-03-04T05:06:07Z"), ZoneOffset.UTC));

  @BeforeAll
  static void binder() {
    try {
      jsonb = ApiJson.jsonb();
    } catch (JsonbException | ExceptionInInitializerError | NoClassDefFoundError noImplementation) {
      jsonb = null;
    }
  }

  private static Jsonb json() {
    assumeTrue(jsonb != null, "no JSON-B implementation on the test classpath");
    return jsonb;
  }

  @Test
  void amountsAreReadExactlyFromStringsAndNumbers() {
    var fromString = json().fromJson("{\"amount\":\"-12.50\",\"date\":\"2024-05-01\"}", CreateTransactionRequest.class);
    var fromNumber = json().fromJson("{\"amount\":0.1,\"date\":\"2024-05-01\"}", CreateTransactionRequest.class);
    assertEquals(new BigDecimal("-12.50"), fromString.amount());
    assertEquals(new BigDecimal("0.1"), fromNumber.amount());
    assertThrows(RuntimeException.class,
        () -> json().fromJson("{\"amount\":true,\"date\":\"2024-05-01\"}", CreateTransactionRequest.class));
    assertThrows(RuntimeException.class,
        () -> json().fromJson("{\"amount\":\"1\",\"date\":\"2024-05-01\",\"admin\":true}", CreateTransactionRequest.class));
  }

  @Test
  void aPageCarriesItsCursorInMetaAndTheLastPageNone() {
    String page = json().toJson(factory.page("rid", List.of(), "abc"));
    assertTrue(page.contains("\"meta\":{\"requestId\":\"rid\",\"timestamp\":\"2025-03-04T05:06:07Z\",\"version\":\"v1\",\"nextCursor\":\"abc\"}"), page);
    String last = json().toJson(factory.page("rid", List.of(), null));
    assertTrue(!last.contains("nextCursor"), last);
    assertTrue(!json().toJson(factory.success("rid", Map.of())).contains("nextCursor"));
  }

  @Test
  void aConflictShowsTheCurrentRecordUnderError() {
    ApiError error = new ErrorTranslator().translate(new ConflictException("stale", Map.of("version", 2)));
    assertEquals(ErrorCode.CONFLICT, error.code());
    String body = json().toJson(factory.error("rid", error.code(), error.message(), error.details(), error.current()));
    assertTrue(body.contains("\"error\":{\"code\":\"CONFLICT\",\"message\":\"stale\",\"details\":[],\"current\":{\"version\":2}}"), body);
    String plain = json().toJson(factory.error("rid", ErrorCode.NOT_FOUND, null, List.of()));
    assertTrue(!plain.contains("current"), plain);
  }

  @Test
  void ifMatchNamesTheExpectedVersion() {
    assertEquals(3L, IfMatch.expected("\"3\"", null, "version"));
    assertEquals(3L, IfMatch.expected("W/\"3\"", null, "version"));
    assertEquals(3L, IfMatch.expected("3", 3L, "version"));
    assertEquals(7L, IfMatch.expected(null, 7L, "version"));
    assertNull(IfMatch.expected("*", null, "version"));
    assertNull(IfMatch.expected(null, null, "version"));
    assertEquals("If-Match", assertThrows(InvalidInputException.class,
        () -> IfMatch.expected("\"abc\"", null, "version")).issues().get(0).field());
    assertEquals("version", assertThrows(InvalidInputException.class,
        () -> IfMatch.expected("\"3\"", 4L, "version")).issues().get(0).field());
    assertEquals("\"5\"", IfMatch.etag(5));
  }
}

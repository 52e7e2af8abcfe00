package com.duskspendr.web.envelope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class EnvelopeFactoryTest {

  private static final Instant NOW = Instant.parse("2025-11-25T14:20:01.123Z");

  private final EnvelopeFactory factory = new EnvelopeFactory(Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void successCarriesTheDataAndTheMeta() {
    Object data = List.of("a", "b");
    SuccessEnvelope<Object> envelope = factory.success("req-1", data);
    assertTrue(envelope.success());
    assertSame(data, envelope.data());
    assertEquals(new Meta("req-1", NOW, "v1"), envelope.meta());
  }

  @Test
  void errorCarriesCodeMessageDetailsAndMeta() {
    ErrorEnvelope envelope = factory.error(
        "req-2", ErrorCode.VALIDATION_ERROR, "The request is invalid", List.of(new FieldIssue("email", "must not be blank")));
    assertFalse(envelope.success());
    assertEquals(ErrorCode.VALIDATION_ERROR, envelope.error().code());
    assertEquals("The request is invalid", envelope.error().message());
    assertEquals(List.of(new FieldIssue("email", "must not be blank")), envelope.error().details());
    assertEquals(new Meta("req-2", NOW, "v1"), envelope.meta());
  }

  @Test
  void missingMessageFallsBackToTheCodesOwn() {
    assertEquals("Not found", factory.error("r", ErrorCode.NOT_FOUND, null, List.of()).error().message());
    assertEquals("Not found", factory.error("r", ErrorCode.NOT_FOUND, "  ", List.of()).error().message());
  }

  @Test
  void detailsAreNeverNullAndCannotChangeAfterwards() {
    assertEquals(List.of(), factory.error("r", ErrorCode.CONFLICT, "x", null).error().details());
    List<FieldIssue> details = new ArrayList<>(List.of(new FieldIssue("a", "b")));
    ErrorEnvelope envelope = factory.error("r", ErrorCode.CONFLICT, "x", details);
    details.clear();
    assertEquals(1, envelope.error().details().size());
    assertThrows(UnsupportedOperationException.class, () -> envelope.error().details().add(new FieldIssue("c", "d")));
  }

  @Test
  void timestampComesFromTheClock() {
    EnvelopeFactory later = new EnvelopeFactory(Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC));
    assertEquals(NOW.plusSeconds(60), later.success("r", 1).meta().timestamp());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "VALIDATION_ERROR, 400", "UNAUTHORIZED, 401", "FORBIDDEN, 403", "NOT_FOUND, 404", "METHOD_NOT_ALLOWED, 405",
    "NOT_ACCEPTABLE, 406", "CONFLICT, 409", "PAYLOAD_TOO_LARGE, 413", "UNSUPPORTED_MEDIA_TYPE, 415", "RATE_LIMITED, 429",
    "INTERNAL_ERROR, 500", "SERVICE_UNAVAILABLE, 503"})
  void everyCodeHasItsDocumentedStatus(ErrorCode code, int status) {
    assertEquals(status, code.status());
  }

  @ParameterizedTest
  @EnumSource(ErrorCode.class)
  void everyStatusMapsBackToItsCode(ErrorCode code) {
    assertEquals(code, ErrorCode.forStatus(code.status()));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"418, VALIDATION_ERROR", "422, VALIDATION_ERROR", "502, INTERNAL_ERROR", "504, INTERNAL_ERROR", "200, INTERNAL_ERROR"})
  void unlistedStatusesFallBackByClass(int status, ErrorCode code) {
    assertEquals(code, ErrorCode.forStatus(status));
  }
}

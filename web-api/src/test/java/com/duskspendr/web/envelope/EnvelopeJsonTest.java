package com.duskspendr.web.envelope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.duskspendr.web.api.ApiJson;
import com.duskspendr.web.api.JsonTypeMismatchException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The envelope as JSON, through the API's JSON-B configuration. Needs a JSON-B implementation on the test
 * classpath (Yasson, as on the server); without one these tests are skipped, not failed.
 */
class EnvelopeJsonTest {

  private static Jsonb jsonb;

  private final EnvelopeFactory factory = new EnvelopeFactory(Clock.fixed(Instant.parse("2025-03-04T05:06:07.123Z"), ZoneOffset.UTC));

  public record Notifications(Boolean push) {}

  public record Patch(String displayName, Notifications notifications) {}

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
  void successEnvelopeHasItsMembersInOrderAndIsoTimestamps() {
    String json = json().toJson(factory.success("rid", Map.of("at", OffsetDateTime.of(2025, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2)))));
    assertEquals(
        "{\"success\":true,\"data\":{\"at\":\"2025-01-02T03:04:05+02:00\"},"
            + "\"meta\":{\"requestId\":\"rid\",\"timestamp\":\"2025-03-04T05:06:07.123Z\",\"version\":\"v1\"}}",
        json);
  }

  @Test
  void errorEnvelopeAlwaysHasDetails() {
    assertEquals(
        "{\"success\":false,\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"Not found\",\"details\":[]},"
            + "\"meta\":{\"requestId\":\"rid\",\"timestamp\":\"2025-03-04T05:06:07.123Z\",\"version\":\"v1\"}}",
        json().toJson(factory.error("rid", ErrorCode.NOT_FOUND, null, List.of())));
  }

  @Test
  void unknownPropertiesAreRejectedAtAnyDepth() {
    Jsonb json = json();
    JsonbException top = assertThrows(JsonbException.class, () -> json.fromJson("{\"isAdmin\":true}", Patch.class));
    assertTrue(top.getMessage().contains("isAdmin"), top.getMessage());
    assertThrows(JsonbException.class, () -> json.fromJson("{\"notifications\":{\"push\":true,\"x\":1}}", Patch.class));
  }

  @Test
  void wrongValueTypesAreRejectedInsteadOfConverted() {
    Jsonb json = json();
    JsonbException bool = assertThrows(JsonbException.class, () -> json.fromJson("{\"notifications\":{\"push\":\"yes\"}}", Patch.class));
    assertTrue(hasCause(bool, JsonTypeMismatchException.class));
    assertThrows(JsonbException.class, () -> json.fromJson("{\"displayName\":5}", Patch.class));
    assertThrows(JsonbException.class, () -> json.fromJson("{\"displayName\":[\"a\"]}", Patch.class));
  }

  @Test
  void nullsAndAbsentFieldsReadAsNull() {
    assertEquals(new Patch(null, new Notifications(null)), json().fromJson("{\"displayName\":null,\"notifications\":{\"push\":null}}", Patch.class));
    assertEquals(new Patch("x", null), json().fromJson("{\"displayName\":\"x\"}", Patch.class));
  }

  private static boolean hasCause(Throwable thrown, Class<? extends Throwable> type) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}

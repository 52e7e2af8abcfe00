package com.duskspendr.ml.categorization.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CategorizationMessageTest {

  private static final String TX = UUID.randomUUID().toString();
  private static final String USER = UUID.randomUUID().toString();

  private static String body(String merchant, String amount) {
    return "{\"transactionId\":\"" + TX + "\",\"userId\":\"" + USER + "\","
        + (merchant == null ? "" : "\"merchantName\":\"" + merchant + "\",")
        + "\"amount\":\"" + amount + "\",\"currency\":\"EUR\"}";
  }

  @Test
  void readsVersionOne() {
    CategorizationMessage m = CategorizationMessage.parse("CategorizationRequested", 1, body("SQ *BLUE BOTTLE", "-4.50"));
    assertEquals(UUID.fromString(TX), m.transactionId());
    assertEquals(UUID.fromString(USER), m.owner().value());
    assertEquals("SQ *BLUE BOTTLE", m.text().merchantName());
    assertNull(m.text().description());
    assertEquals(new BigDecimal("-4.50"), m.text().amount());
  }

  @Test
  void aMissingMerchantIsAllowed() {
    assertNull(CategorizationMessage.parse("CategorizationRequested", 1, body(null, "10")).text().merchantName());
  }

  @Test
  void rejectsWhatCanNeverBeProcessed() {
    assertMalformed("eventType", "SomethingElse", 1, body("x", "1"));
    assertMalformed("eventVersion", "CategorizationRequested", 2, body("x", "1"));
    assertMalformed("eventVersion", "CategorizationRequested", null, body("x", "1"));
    assertMalformed("body", "CategorizationRequested", 1, null);
    assertMalformed("JSON", "CategorizationRequested", 1, "poison {");
    assertMalformed("JSON", "CategorizationRequested", 1, "[1, 2]");
    assertMalformed("amount", "CategorizationRequested", 1, body("x", "lots"));
    assertMalformed("transactionId", "CategorizationRequested", 1, body("x", "1").replace(TX, "nope"));
    assertMalformed("userId", "CategorizationRequested", 1, body("x", "1").replace("\"userId\":\"" + USER + "\",", ""));
    assertMalformed("merchantName", "CategorizationRequested", 1,
        body("x", "1").replace("\"merchantName\":\"x\"", "\"merchantName\":42"));
  }

  private static void assertMalformed(String reasonMentions, String type, Integer version, String body) {
    CategorizationMessage.Malformed m =
        assertThrows(CategorizationMessage.Malformed.class, () -> CategorizationMessage.parse(type, version, body));
    assertTrue(m.getMessage().contains(reasonMentions), m.getMessage());
  }

  @Test
  void readsABatchOfOneUsersRequestsInOrder() {
    String second = body("REWE", "-12.00").replace(TX, UUID.randomUUID().toString());
    String batch = "{\"userId\":\"" + USER + "\",\"requests\":[" + body("SQ *BLUE BOTTLE", "-4.50") + "," + second + "]}";

    var messages = CategorizationMessage.parseAny("CategorizationBatchRequested", 1, batch);

    assertEquals(2, messages.size());
    assertEquals(UUID.fromString(TX), messages.get(0).transactionId());
    assertEquals("REWE", messages.get(1).text().merchantName());
    assertEquals(1, CategorizationMessage.parseAny("CategorizationRequested", 1, body("x", "1")).size());
  }

  @Test
  void aBatchWithAnyBadRequestOrAnotherUsersIsMalformedAsAWhole() {
    String otherUser = body("x", "1").replace(USER, UUID.randomUUID().toString());
    for (String batch : List.of(
        "{\"userId\":\"" + USER + "\",\"requests\":[" + body("x", "1") + "," + otherUser + "]}",
        "{\"userId\":\"" + USER + "\",\"requests\":[" + body("x", "lots") + "]}",
        "{\"userId\":\"" + USER + "\",\"requests\":[]}",
        "{\"userId\":\"" + USER + "\",\"requests\":[1]}",
        "{\"requests\":[" + body("x", "1") + "]}",
        "[]")) {
      assertThrows(CategorizationMessage.Malformed.class,
          () -> CategorizationMessage.parseAny("CategorizationBatchRequested", 1, batch), batch);
    }
    assertThrows(CategorizationMessage.Malformed.class,
        () -> CategorizationMessage.parseAny("CategorizationBatchRequested", 2, "{}"));
  }
}

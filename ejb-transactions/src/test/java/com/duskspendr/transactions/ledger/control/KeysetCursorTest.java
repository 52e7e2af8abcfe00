package com.duskspendr.transactions.ledger.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeysetCursorTest {

  @Test
  void decodesWhatItEncodes() {
    var cursor = new KeysetCursor(LocalDate.of(2024, 2, 29), UUID.randomUUID());
    String encoded = cursor.encode();
    assertEquals(cursor, KeysetCursor.decode(encoded));
    assertFalse(encoded.contains("="), "no padding");
    assertFalse(encoded.contains("+") || encoded.contains("/"), "safe in a query string");
  }

  @Test
  void refusesAnythingElse() {
    for (String bad : List.of("", "garbage!", encode("v2:2024-01-01:" + UUID.randomUUID()), encode("v1:2024-01-01"),
        encode("v1:2024-13-01:" + UUID.randomUUID()), encode("v1:2024-01-01:not-a-uuid"), encode("v1:2024-01-01:1-1-1-1-1"),
        encode("v1:2024-01-01:" + UUID.randomUUID() + ":x"), "A".repeat(200))) {
      assertThrows(IllegalArgumentException.class, () -> KeysetCursor.decode(bad), bad);
    }
    assertThrows(IllegalArgumentException.class, () -> KeysetCursor.decode(null));
  }

  private static String encode(String plain) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
  }
}

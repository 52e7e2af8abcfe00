package com.duskspendr.notifications.inbox.boundary;

import com.duskspendr.platform.failure.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;

/** The keyset position after an entry: its creation time (microseconds) and id, opaque to clients. */
record InboxCursor(OffsetDateTime createdAt, UUID id) {

  String encode() {
    Instant at = createdAt.toInstant();
    long micros = at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((micros + ":" + id).getBytes(StandardCharsets.US_ASCII));
  }

  static InboxCursor decode(String text) {
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII).split(":", 2);
      long micros = Long.parseLong(parts[0]);
      Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
      return new InboxCursor(at.atOffset(ZoneOffset.UTC), UUID.fromString(parts[1]));
    } catch (RuntimeException e) {
      throw InvalidInputException.of("cursor", "is not a cursor this API issued");
    }
  }
}

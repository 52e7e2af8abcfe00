package com.duskspendr.transactions.ledger.control;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a page ends in the newest-first order: the (date, id) of its last transaction. Opaque to clients
 * (URL-safe base64 of {@code v1:date:id}); the next page starts strictly after it, so pages neither overlap
 * nor skip, whatever is inserted meanwhile.
 */
public record KeysetCursor(LocalDate date, UUID id) {

  private static final String PREFIX = "v1:";
  private static final int MAX_ENCODED_LENGTH = 128;

  public KeysetCursor {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(id, "id");
  }

  public String encode() {
    String plain = PREFIX + date + ":" + id;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
  }

  /** @throws IllegalArgumentException when the text is not a cursor this class wrote */
  public static KeysetCursor decode(String encoded) {
    if (encoded == null || encoded.length() > MAX_ENCODED_LENGTH) {
      throw new IllegalArgumentException("not a cursor");
    }
    try {
      String plain = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.US_ASCII);
      if (!plain.startsWith(PREFIX)) {
        throw new IllegalArgumentException("not a cursor");
      }
      String[] parts = plain.substring(PREFIX.length()).split(":", -1);
      if (parts.length != 2) {
        throw new IllegalArgumentException("not a cursor");
      }
      UUID id = UUID.fromString(parts[1]);
      if (!id.toString().equals(parts[1])) {
        throw new IllegalArgumentException("not a cursor");
      }
      return new KeysetCursor(LocalDate.parse(parts[0]), id);
    } catch (RuntimeException malformed) {
      throw new IllegalArgumentException("not a cursor", malformed);
    }
  }
}

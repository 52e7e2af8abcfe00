package com.duskspendr.transactions.sync.boundary;

import com.duskspendr.platform.failure.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A position in one user's changes feed: the highest sequence number the client has seen. Clients treat it
 * as opaque (base64url of the decimal number, no padding), so that its form can change without breaking
 * them; the empty cursor (no {@code since}) is the start of the feed.
 */
public record SyncCursor(long seq) {

  /** The start of the feed: every change is after it. */
  public static final SyncCursor START = new SyncCursor(0);

  /** The longest encoded cursor worth decoding (a long has at most 19 digits: 26 base64 characters). */
  private static final int MAX_ENCODED_LENGTH = 32;

  public SyncCursor {
    if (seq < 0) {
      throw new IllegalArgumentException("seq must not be negative");
    }
  }

  public String encode() {
    byte[] digits = Long.toString(seq).getBytes(StandardCharsets.US_ASCII);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(digits);
  }

  /**
   * @param encoded a cursor this API handed out, or null/empty for the start
   * @throws InvalidInputException (field {@code since}) when it is not one
   */
  public static SyncCursor decode(String encoded) {
    if (encoded == null || encoded.isEmpty()) {
      return START;
    }
    if (encoded.length() > MAX_ENCODED_LENGTH) {
      throw malformed();
    }
    try {
      String digits = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.US_ASCII);
      // Only the canonical form: no sign, no leading zeros, so each position has exactly one cursor.
      if (!digits.matches("0|[1-9][0-9]{0,18}")) {
        throw malformed();
      }
      SyncCursor cursor = new SyncCursor(Long.parseLong(digits));
      if (!cursor.encode().equals(encoded)) {
        throw malformed();
      }
      return cursor;
    } catch (IllegalArgumentException notBase64OrTooLarge) {
      throw malformed();
    }
  }

  private static InvalidInputException malformed() {
    return InvalidInputException.of("since", "is not a cursor returned by this API");
  }
}

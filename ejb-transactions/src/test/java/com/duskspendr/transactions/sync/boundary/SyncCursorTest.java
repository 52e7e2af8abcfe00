package com.duskspendr.transactions.sync.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.platform.failure.DomainException.FieldIssue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SyncCursorTest {

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 42, 1_000_000, Long.MAX_VALUE})
  void roundTrips(long seq) {
    String encoded = new SyncCursor(seq).encode();

    assertEquals(seq, SyncCursor.decode(encoded).seq());
  }

  @Test
  void isUrlSafeAndUnpadded() {
    String encoded = new SyncCursor(Long.MAX_VALUE).encode();

    assertEquals(-1, encoded.indexOf('='));
    assertEquals(-1, encoded.indexOf('+'));
    assertEquals(-1, encoded.indexOf('/'));
  }

  @Test
  void absentCursorIsTheStart() {
    assertSame(SyncCursor.START, SyncCursor.decode(null));
    assertSame(SyncCursor.START, SyncCursor.decode(""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"!!!", "MTI=", "12", "abc", "LTE", "MDE", "OTIyMzM3MjAzNjg1NDc3NTgwOA", "MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkw"})
  void rejectsWhatItNeverHandedOut(String encoded) {
    // "MTI=" is 12 padded, "LTE" is -1, "MDE" is 01, the long one overflows a long.
    InvalidInputException failure = assertThrows(InvalidInputException.class, () -> SyncCursor.decode(encoded));

    assertEquals(List.of(new FieldIssue("since", "is not a cursor returned by this API")), failure.issues());
  }

  @Test
  void rejectsNonDigitsThatDecode() {
    String letters = Base64.getUrlEncoder().withoutPadding().encodeToString("1a".getBytes(StandardCharsets.US_ASCII));

    assertThrows(InvalidInputException.class, () -> SyncCursor.decode(letters));
  }
}

package com.duskspendr.web.request;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class LimitedInputStreamTest {

  private static InputStream bytes(int n) {
    return new ByteArrayInputStream(new byte[n]);
  }

  @Test
  void aBodyOfExactlyTheLimitIsReadWhole() throws IOException {
    try (InputStream in = new LimitedInputStream(bytes(100), 100)) {
      assertEquals(100, in.readAllBytes().length);
    }
  }

  @Test
  void oneByteOverTheLimitFailsInBulkReads() {
    InputStream in = new LimitedInputStream(bytes(101), 100);
    PayloadTooLargeException tooLarge = assertThrows(PayloadTooLargeException.class, in::readAllBytes);
    assertEquals(100, tooLarge.limitBytes());
  }

  @Test
  void oneByteOverTheLimitFailsInSingleByteReads() throws IOException {
    InputStream in = new LimitedInputStream(bytes(4), 3);
    for (int i = 0; i < 3; i++) {
      assertEquals(0, in.read());
    }
    assertThrows(PayloadTooLargeException.class, in::read);
  }

  @Test
  void bytesAreCountedAcrossMixedReads() throws IOException {
    InputStream in = new LimitedInputStream(bytes(10), 9);
    in.read();
    in.read(new byte[4], 0, 4);
    in.skip(3);
    in.read();
    assertThrows(PayloadTooLargeException.class, () -> in.read(new byte[8]));
  }

  @Test
  void skippingCountsToo() {
    InputStream in = new LimitedInputStream(bytes(50), 10);
    assertThrows(PayloadTooLargeException.class, () -> in.skip(50));
  }

  @Test
  void endOfStreamIsNotCounted() throws IOException {
    InputStream in = new LimitedInputStream(bytes(2), 2);
    assertArrayEquals(new byte[2], in.readAllBytes());
    assertEquals(-1, in.read());
    assertEquals(-1, in.read(new byte[4], 0, 4));
  }

  @Test
  void markAndResetAreNotOfferedSoBytesCannotBeReReadUncounted() {
    InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[3]), 3);
    assertFalse(in.markSupported());
    assertThrows(IOException.class, in::reset);
  }

  @Test
  void anEmptyLimitRejectsAnyByte() throws IOException {
    assertEquals(-1, new LimitedInputStream(bytes(0), 0).read());
    assertThrows(PayloadTooLargeException.class, () -> new LimitedInputStream(bytes(1), 0).read());
  }
}

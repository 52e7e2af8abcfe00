package com.duskspendr.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PayloadsTest {

  @Test
  void jsonKeepsItsShapeAndLosesItsData() {
    assertEquals("{\"merchantName\":\"<string 9>\",\"amount\":\"<number>\",\"tags\":[\"<string 3>\",\"<boolean>\"],"
            + "\"note\":null,\"nested\":{\"userId\":\"<string 36>\"}}",
        Payloads.redacted("{\"merchantName\":\"Corner Co\",\"amount\":-4.20,\"tags\":[\"abc\",true],\"note\":null,"
            + "\"nested\":{\"userId\":\"5f0c6e4e-6a6c-4c39-9d7c-8c2f5bb1a001\"}}"));
  }

  @Test
  void anythingElseShowsOnlyItsLength() {
    assertEquals("<19 characters, not JSON>", Payloads.redacted("{ this is not json "));
    assertEquals("\"<string 6>\"", Payloads.redacted("\"secret\""));
    assertNull(Payloads.redacted(null));
  }
}

package com.duskspendr.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class RefreshTokensTest {

  @Test
  void generates256RandomBitsAsBase64Url() {
    String token = RefreshTokens.generate();
    assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
    assertEquals(32, Base64.getUrlDecoder().decode(token).length);
    assertNotEquals(token, RefreshTokens.generate());
  }

  @Test
  void hashesToLowerCaseSha256Hex() {
    // SHA-256("abc") from FIPS 180-2.
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", RefreshTokens.hash("abc"));
  }
}

package com.duskspendr.auth.oauth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedirectUrisTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "https://app.example.com/callback",
    "https://app.example.com:8443/cb?tenant=1",
    "http://127.0.0.1:53123/callback",
    "http://[::1]:8080/cb",
    "http://localhost/cb"
  })
  void httpsAndLoopbackAreAccepted(String uri) {
    assertEquals(Optional.empty(), RedirectUris.problemWith(uri));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "http://app.example.com/callback",
    "http://127.0.0.1.nip.io/cb",
    "http://10.0.0.1/cb",
    "https://app.example.com/cb#frag",
    "https://user:pw@app.example.com/cb",
    "/relative/cb",
    "javascript:alert(1)",
    "custom.scheme:/cb",
    "ftp://example.com/cb",
    "https://exa mple.com/cb",
    ""
  })
  void everythingElseIsRefusedWithAReason(String uri) {
    assertTrue(RedirectUris.problemWith(uri).isPresent(), uri);
  }
}

package com.duskspendr.notifications.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  @Test
  void theSignatureIsHmacSha256OverTimestampDotBody() {
    // Known answer: HMAC-SHA256(key "secret", "1700000000.{}"), computed independently with openssl.
    assertEquals("t=1700000000,v1=b8569b78799ff9e3cbff0fc2d63a33a2b57f3282abd07c37ae5e8e7d79a5f163",
        WebhookSignature.header("secret", 1700000000L, "{}"));
  }

  @Test
  void anotherTimestampBodyOrSecretChangesIt() {
    String base = WebhookSignature.header("s1", 1, "{\"a\":1}");
    assertNotEquals(base, WebhookSignature.header("s1", 2, "{\"a\":1}"));
    assertNotEquals(base, WebhookSignature.header("s1", 1, "{\"a\":2}"));
    assertNotEquals(base, WebhookSignature.header("s2", 1, "{\"a\":1}"));
  }

  @Test
  void secretsAreLongRandomAndPrefixed() {
    String a = WebhookSignature.newSecret();
    assertTrue(a.startsWith("whsec_") && a.length() >= 6 + 43, a);
    assertNotEquals(a, WebhookSignature.newSecret());
  }
}

package com.duskspendr.notifications.webhooks.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature a receiver checks: {@code X-DuskSpendr-Signature: t=<unix seconds>,v1=<hex>} where v1 is
 * HMAC-SHA256 with the webhook's secret over {@code <t>.<body>}. The timestamp is inside the MAC, so a
 * receiver that refuses old timestamps refuses replays.
 */
public final class WebhookSignature {

  public static final String HEADER = "X-DuskSpendr-Signature";
  private static final SecureRandom RANDOM = new SecureRandom();

  private WebhookSignature() {}

  public static String header(String secret, long unixSeconds, String body) {
    return "t=" + unixSeconds + ",v1=" + hmac(secret, unixSeconds + "." + body);
  }

  static String hmac(String secret, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }

  /** A new secret: 32 random bytes, URL-safe base64, prefixed so that it is recognisable in a leak scan. */
  public static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}

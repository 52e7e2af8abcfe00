package com.duskspendr.notifications.delivery.control;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/** What the channels calling a provider over HTTP share: one HTTP exchange with its failures classified, JSON answers, PEM keys. */
public final class ProviderCalls {

  private ProviderCalls() {}

  /** A client for one provider: connections time out after five seconds, redirects are never followed. */
  public static HttpClient.Builder client() {
    return HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER);
  }

  /** A connection that failed or timed out is worth another try later. */
  public static HttpResponse<String> exchange(HttpClient client, HttpRequest request, String provider) throws DeliveryException {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw DeliveryException.transientFailure(provider + ": " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw DeliveryException.transientFailure(provider + ": interrupted", e);
    }
  }

  /** Throttled or failing on its side: tried again on the delivery schedule. */
  public static boolean retryable(int status) {
    return status == 429 || status >= 500 || status == 408;
  }

  /** The answer's JSON object, or an empty one when it has none. */
  public static JsonObject json(String body) {
    if (body == null || body.isBlank()) {
      return JsonObject.EMPTY_JSON_OBJECT;
    }
    try {
      return Json.createReader(new StringReader(body)).readObject();
    } catch (RuntimeException e) {
      return JsonObject.EMPTY_JSON_OBJECT;
    }
  }

  /** A PKCS #8 PEM private key ({@code -----BEGIN PRIVATE KEY-----}), as Google and Apple hand them out. */
  public static PrivateKey pkcs8(String pem, String algorithm) {
    String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
    try {
      return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("not a PKCS #8 " + algorithm + " private key in PEM", e);
    }
  }
}

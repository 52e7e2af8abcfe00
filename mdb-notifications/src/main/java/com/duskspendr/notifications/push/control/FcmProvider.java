package com.duskspendr.notifications.push.control;

import com.duskspendr.notifications.delivery.control.DeliveryException;
import com.duskspendr.notifications.delivery.control.DeliveryRefusedException;
import com.duskspendr.notifications.delivery.control.ProviderCalls;
import com.duskspendr.notifications.push.boundary.Platform;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Firebase Cloud Messaging, HTTP v1: {@code POST {base}/v1/projects/{project}/messages:send} with an OAuth 2
 * bearer token. The token comes from Google's token endpoint for a JWT the service account signs (RS256,
 * Nimbus), the two-legged flow of the service-account JSON file Firebase hands out; it is kept until five
 * minutes before it expires, and dropped when FCM answers 401. 404 {@code UNREGISTERED} means the app was
 * uninstalled: the device is removed.
 */
@ApplicationScoped
public class FcmProvider implements PushProvider {

  static final String SCOPE = "https://www.googleapis.com/auth/firebase.messaging";

  private static final HttpClient HTTP = ProviderCalls.client().build();

  /** The service-account JSON file (project_id, client_email, private_key, token_uri); unset: FCM off. */
  @Inject
  @ConfigProperty(name = "duskspendr.push.fcm.service-account-file")
  Optional<String> serviceAccountFile;

  @Inject
  @ConfigProperty(name = "duskspendr.push.fcm.base-url", defaultValue = "https://fcm.googleapis.com")
  String baseUrl;

  /** Overrides the file's token_uri. */
  @Inject
  @ConfigProperty(name = "duskspendr.push.fcm.token-url")
  Optional<String> tokenUrl;

  @Inject
  @ConfigProperty(name = "duskspendr.push.timeout-millis", defaultValue = "10000")
  int timeoutMillis;

  private record Account(String projectId, String clientEmail, PrivateKey key, String tokenUri) {}

  private record AccessToken(String value, Instant expires) {}

  private volatile Account account;
  private volatile AccessToken token;

  @Override
  public Platform platform() {
    return Platform.FCM;
  }

  @Override
  public boolean configured() {
    return serviceAccountFile.filter(f -> !f.isBlank()).isPresent();
  }

  @Override
  public String setting() {
    return "duskspendr.push.fcm.service-account-file";
  }

  @Override
  @Timeout(30_000)
  @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000,
      skipOn = DeliveryRefusedException.class)
  public int send(PushTarget device, PushContent content) throws DeliveryException {
    Account of = account();
    String body = Json.createObjectBuilder().add("message", Json.createObjectBuilder()
        .add("token", device.token())
        .add("notification", Json.createObjectBuilder().add("title", content.title()).add("body", content.body()))
        .add("data", content.dataJson())
        .add("android", Json.createObjectBuilder().add("priority", content.urgent() ? "high" : "normal")))
        .build().toString();
    HttpRequest request = HttpRequest.newBuilder(
            URI.create(baseUrl + "/v1/projects/" + URLEncoder.encode(of.projectId(), StandardCharsets.UTF_8) + "/messages:send"))
        .timeout(Duration.ofMillis(timeoutMillis))
        .header("Authorization", "Bearer " + accessToken(of))
        .header("Content-Type", "application/json; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    HttpResponse<String> response = ProviderCalls.exchange(HTTP, request, "FCM");
    int status = response.statusCode();
    if (status == 200) {
      return status;
    }
    String code = errorCode(ProviderCalls.json(response.body()));
    if (status == 404 || "UNREGISTERED".equals(code)) {
      throw new DeviceGoneException("FCM answered " + status + " " + code + ": the token is gone", status);
    }
    if (status == 401) {
      token = null; // a new one for the next try
      throw new DeliveryException("FCM refused the access token (401)", false, status, null);
    }
    if (ProviderCalls.retryable(status)) {
      throw new DeliveryException("FCM answered " + status + " " + code, false, status, null);
    }
    throw new DeliveryRefusedException("FCM refused it: " + status + " " + code, status, null);
  }

  /** FCM's own error code (UNREGISTERED, INVALID_ARGUMENT, ...) from the error's details, else its status. */
  static String errorCode(JsonObject answer) {
    JsonObject error = answer.getJsonObject("error");
    if (error == null) {
      return "";
    }
    var details = error.getJsonArray("details");
    if (details != null) {
      for (JsonValue detail : details) {
        if (detail.getValueType() == JsonValue.ValueType.OBJECT && detail.asJsonObject().containsKey("errorCode")) {
          return detail.asJsonObject().getString("errorCode", "");
        }
      }
    }
    return error.getString("status", "");
  }

  private String accessToken(Account of) throws DeliveryException {
    AccessToken current = token;
    if (current != null && Instant.now().isBefore(current.expires())) {
      return current.value();
    }
    Instant now = Instant.now();
    String assertion;
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder()
          .issuer(of.clientEmail())
          .audience(of.tokenUri())
          .claim("scope", SCOPE)
          .issueTime(Date.from(now))
          .expirationTime(Date.from(now.plusSeconds(3600)))
          .build());
      jwt.sign(new RSASSASigner(of.key()));
      assertion = jwt.serialize();
    } catch (JOSEException e) {
      throw new DeliveryRefusedException("FCM: the service account's key cannot sign: " + e.getMessage(), null, e);
    }
    HttpRequest request = HttpRequest.newBuilder(URI.create(of.tokenUri()))
        .timeout(Duration.ofMillis(timeoutMillis))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type="
            + URLEncoder.encode("urn:ietf:params:oauth:grant-type:jwt-bearer", StandardCharsets.UTF_8)
            + "&assertion=" + assertion))
        .build();
    HttpResponse<String> response = ProviderCalls.exchange(HTTP, request, "FCM token endpoint");
    JsonObject answer = ProviderCalls.json(response.body());
    if (response.statusCode() != 200 || !answer.containsKey("access_token")) {
      throw new DeliveryException("FCM token endpoint answered " + response.statusCode(), false, response.statusCode(), null);
    }
    long lifetime = answer.containsKey("expires_in") ? answer.getJsonNumber("expires_in").longValue() : 3600;
    AccessToken fresh = new AccessToken(answer.getString("access_token"), now.plusSeconds(Math.max(0, lifetime - 300)));
    token = fresh;
    return fresh.value();
  }

  private Account account() {
    Account current = account;
    if (current == null) {
      try {
        JsonObject file = ProviderCalls.json(Files.readString(Path.of(serviceAccountFile.orElseThrow())));
        current = new Account(file.getString("project_id"), file.getString("client_email"),
            ProviderCalls.pkcs8(file.getString("private_key"), "RSA"),
            tokenUrl.filter(u -> !u.isBlank()).orElse(file.getString("token_uri", "https://oauth2.googleapis.com/token")));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read duskspendr.push.fcm.service-account-file", e);
      } catch (NullPointerException | ClassCastException e) {
        throw new IllegalStateException("duskspendr.push.fcm.service-account-file lacks project_id, client_email"
            + " or private_key", e);
      }
      account = current;
    }
    return current;
  }
}

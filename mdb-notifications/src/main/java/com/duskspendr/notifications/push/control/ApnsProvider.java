package com.duskspendr.notifications.push.control;

import com.duskspendr.notifications.delivery.control.DeliveryException;
import com.duskspendr.notifications.delivery.control.DeliveryRefusedException;
import com.duskspendr.notifications.delivery.control.ProviderCalls;
import com.duskspendr.notifications.push.boundary.Platform;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.interfaces.ECPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Apple Push Notification service: HTTP/2 only, {@code POST {base}/3/device/{token}} with {@code apns-topic}
 * (the app's bundle id), {@code apns-push-type: alert}, {@code apns-priority} and a provider token: an ES256
 * JWT ({@code kid} the key id, {@code iss} the team id, {@code iat}) signed with the .p8 key (Nimbus), reused
 * for 50 minutes as Apple asks (at most one new token per 20 minutes, none older than an hour).
 * {@code java.net.http} negotiates HTTP/2 by ALPN over TLS. 410 (Unregistered) and 400 BadDeviceToken or
 * DeviceTokenNotForTopic mean the token is gone: the device is removed.
 *
 * <p>{@code duskspendr.push.apns.trusted-certificate} makes this client, and only it, trust that one
 * certificate instead of the JVM's authorities (a local APNs in tests); unset, it trusts what the JVM trusts.
 */
@ApplicationScoped
public class ApnsProvider implements PushProvider {

  private static final Set<String> GONE = Set.of("BadDeviceToken", "DeviceTokenNotForTopic", "Unregistered");

  @Inject
  @ConfigProperty(name = "duskspendr.push.apns.key-file")
  Optional<String> keyFile;

  @Inject
  // Optional, not an empty default: MicroProfile Config counts "" as no value and the deployment would fail
  @ConfigProperty(name = "duskspendr.push.apns.key-id")
  Optional<String> keyId;

  @Inject
  @ConfigProperty(name = "duskspendr.push.apns.team-id")
  Optional<String> teamId;

  @Inject
  @ConfigProperty(name = "duskspendr.push.apns.topic", defaultValue = "app.duskspendr.ios")
  String topic;

  @Inject
  @ConfigProperty(name = "duskspendr.push.apns.base-url", defaultValue = "https://api.push.apple.com")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "duskspendr.push.apns.trusted-certificate")
  Optional<String> trustedCertificate;

  @Inject
  @ConfigProperty(name = "duskspendr.push.timeout-millis", defaultValue = "10000")
  int timeoutMillis;

  private record ProviderToken(String value, Instant renewAt) {}

  private volatile HttpClient http;
  private volatile ECPrivateKey key;
  private volatile ProviderToken token;

  @Override
  public Platform platform() {
    return Platform.APNS;
  }

  @Override
  public boolean configured() {
    return keyFile.filter(f -> !f.isBlank()).isPresent() && keyId.filter(k -> !k.isBlank()).isPresent()
        && teamId.filter(t -> !t.isBlank()).isPresent();
  }

  @Override
  public String setting() {
    return "duskspendr.push.apns.key-file, .key-id, .team-id";
  }

  @Override
  @Timeout(30_000)
  @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000,
      skipOn = DeliveryRefusedException.class)
  public int send(PushTarget device, PushContent content) throws DeliveryException {
    String body = Json.createObjectBuilder()
        .add("aps", Json.createObjectBuilder()
            .add("alert", Json.createObjectBuilder().add("title", content.title()).add("body", content.body()))
            .add("sound", "default"))
        .add("duskspendr", content.dataJson())
        .build().toString();
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/3/device/" + device.token()))
        .timeout(Duration.ofMillis(timeoutMillis))
        .header("authorization", "bearer " + providerToken())
        .header("apns-topic", topic)
        .header("apns-push-type", "alert")
        .header("apns-priority", content.urgent() ? "10" : "5")
        .header("apns-id", content.notificationId().toString())
        .header("apns-expiration", String.valueOf(Instant.now().plus(Duration.ofDays(1)).getEpochSecond()))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    HttpResponse<String> response = ProviderCalls.exchange(client(), request, "APNs");
    int status = response.statusCode();
    if (status == 200) {
      return status;
    }
    String reason = ProviderCalls.json(response.body()).getString("reason", "");
    if (status == 410 || (status == 400 && GONE.contains(reason))) {
      throw new DeviceGoneException("APNs answered " + status + " " + reason + ": the token is gone", status);
    }
    if (status == 403 && reason.endsWith("ProviderToken")) {
      token = null; // ExpiredProviderToken, InvalidProviderToken: a new one for the next try
      throw new DeliveryException("APNs refused the provider token: " + reason, false, status, null);
    }
    if (ProviderCalls.retryable(status)) {
      throw new DeliveryException("APNs answered " + status + " " + reason, false, status, null);
    }
    throw new DeliveryRefusedException("APNs refused it: " + status + " " + reason, status, null);
  }

  private String providerToken() throws DeliveryException {
    ProviderToken current = token;
    Instant now = Instant.now();
    if (current != null && now.isBefore(current.renewAt())) {
      return current.value();
    }
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(keyId.orElseThrow()).build(),
          new JWTClaimsSet.Builder().issuer(teamId.orElseThrow()).issueTime(Date.from(now)).build());
      jwt.sign(new ECDSASigner(key()));
      ProviderToken fresh = new ProviderToken(jwt.serialize(), now.plus(Duration.ofMinutes(50)));
      token = fresh;
      return fresh.value();
    } catch (JOSEException e) {
      throw new DeliveryRefusedException("APNs: the key cannot sign: " + e.getMessage(), null, e);
    }
  }

  private ECPrivateKey key() {
    ECPrivateKey current = key;
    if (current == null) {
      try {
        current = (ECPrivateKey) ProviderCalls.pkcs8(Files.readString(Path.of(keyFile.orElseThrow())), "EC");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read duskspendr.push.apns.key-file", e);
      }
      key = current;
    }
    return current;
  }

  private HttpClient client() {
    HttpClient current = http;
    if (current == null) {
      synchronized (this) {
        if (http == null) {
          HttpClient.Builder builder = ProviderCalls.client().version(HttpClient.Version.HTTP_2);
          trustedCertificate.filter(c -> !c.isBlank()).ifPresent(c -> builder.sslContext(trusting(Path.of(c))));
          http = builder.build();
        }
        current = http;
      }
    }
    return current;
  }

  /** TLS that trusts this one certificate and nothing else. */
  static SSLContext trusting(Path certificate) {
    try (InputStream in = Files.newInputStream(certificate)) {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      store.setCertificateEntry("apns", CertificateFactory.getInstance("X.509").generateCertificate(in));
      TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot trust duskspendr.push.apns.trusted-certificate " + certificate, e);
    }
  }
}

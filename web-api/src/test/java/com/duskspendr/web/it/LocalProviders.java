package com.duskspendr.web.it;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The push and SMS providers the system talks to in the tests, on one loopback HTTP server in the test JVM,
 * each checking a request as the provider does and answering as it does:
 * <ul>
 *   <li>Web Push (RFC 8030): {@code POST /push/<id>} with {@code Authorization: vapid t=<JWT>, k=<key>}
 *       (RFC 8292: an ES256 JWT for this origin, verified with k), {@code Content-Encoding: aes128gcm}, a TTL;
 *       201 Created;
 *   <li>Google's OAuth 2 token endpoint, {@code POST /token}: the service account's RS256 assertion verified
 *       with its public key (issuer, audience, scope, lifetime), an access token issued;
 *   <li>FCM HTTP v1, {@code POST /v1/projects/duskspendr-test/messages:send}: the bearer must be a token
 *       the endpoint issued; 200 {@code {name}};
 *   <li>Twilio Messages, {@code POST /2010-04-01/Accounts/<sid>/Messages.json}: form-encoded To, From, Body
 *       with basic auth of the account SID and auth token; 201 {@code {sid, status: queued}}.
 * </ul>
 */
public final class LocalProviders implements AutoCloseable {

  public static final String FCM_PROJECT = "duskspendr-test";
  public static final String FCM_CLIENT = "push@duskspendr-test.iam.gserviceaccount.com";
  public static final String TWILIO_SID = "AC" + "0123456789abcdef0123456789abcdef";
  public static final String TWILIO_TOKEN = "local-twilio-auth-token";
  public static final String TWILIO_FROM = "+15005550006";

  private final HttpServer server;
  private final ProviderScript script;
  private final KeyPair serviceAccount;
  private final Path serviceAccountFile;
  private final Set<String> issuedTokens = ConcurrentHashMap.newKeySet();

  LocalProviders(ProviderScript script, int port, Path work) throws Exception {
    this.script = script;
    KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
    rsa.initialize(2048);
    serviceAccount = rsa.generateKeyPair();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    // a stalled answer (a provider timing out) must not hold back the others
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/push/", exchange -> handle(exchange, this::webPush));
    server.createContext("/token", exchange -> handle(exchange, this::token));
    server.createContext("/v1/projects/", exchange -> handle(exchange, this::fcm));
    server.createContext("/2010-04-01/Accounts/", exchange -> handle(exchange, this::twilio));
    server.start();
    serviceAccountFile = work.resolve("fcm-service-account.json");
    Files.writeString(serviceAccountFile, Json.createObjectBuilder()
        .add("type", "service_account")
        .add("project_id", FCM_PROJECT)
        .add("private_key_id", "local")
        .add("private_key", "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(serviceAccount.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n")
        .add("client_email", FCM_CLIENT)
        .add("token_uri", origin() + "/token")
        .build().toString());
  }

  public String origin() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  Path serviceAccountFile() {
    return serviceAccountFile;
  }

  /** A Web Push endpoint of this push service, for one subscription. */
  public String newPushEndpoint() {
    return origin() + "/push/" + UUID.randomUUID();
  }

  /** Whether the token endpoint issued this access token. */
  public boolean issued(String accessToken) {
    return issuedTokens.contains(accessToken);
  }

  /** What a handler decided: status, body, the key to file it under, and what a real provider would refuse. */
  private record Outcome(String provider, String key, int status, String body, String problem) {}

  @FunctionalInterface
  private interface Handler {
    Outcome handle(Map<String, String> headers, byte[] body, String path) throws Exception;
  }

  private void handle(HttpExchange exchange, Handler handler) throws IOException {
    Instant arrived = Instant.now();
    Map<String, String> headers = new HashMap<>();
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
    byte[] body = exchange.getRequestBody().readAllBytes();
    String path = exchange.getRequestURI().getPath();
    Outcome outcome;
    try {
      outcome = handler.handle(headers, body, path);
    } catch (Exception e) {
      outcome = new Outcome("unknown", null, 400, "{}", "unreadable: " + e);
    }
    int status = outcome.status();
    String answer = outcome.body();
    ProviderScript.Answer scripted = outcome.problem() == null ? script.next(outcome.key()) : null;
    if (scripted != null) {
      if (!scripted.stall().isZero()) {
        try {
          Thread.sleep(scripted.stall().toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      status = scripted.status();
      answer = scripted.body();
    }
    boolean stalled = scripted != null && !scripted.stall().isZero();
    script.record(new ProviderRequest(outcome.provider(), outcome.key(), path, Map.copyOf(headers), body,
        exchange.getProtocol(), stalled ? 0 : status, outcome.problem(), arrived));
    byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
    try {
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        exchange.getResponseBody().write(bytes);
      }
    } catch (IOException e) {
      // the caller gave up (timed out) already
    } finally {
      exchange.close();
    }
  }

  private Outcome webPush(Map<String, String> headers, byte[] body, String path) throws Exception {
    String problem = null;
    String authorization = headers.getOrDefault("authorization", "");
    Map<String, String> vapid = new HashMap<>();
    if (authorization.startsWith("vapid ")) {
      for (String part : authorization.substring(6).split(",")) {
        String[] kv = part.strip().split("=", 2);
        if (kv.length == 2) {
          vapid.put(kv[0], kv[1]);
        }
      }
    }
    if (!vapid.containsKey("t") || !vapid.containsKey("k")) {
      problem = "no VAPID authorization";
    } else {
      SignedJWT jwt = SignedJWT.parse(vapid.get("t"));
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      if (!jwt.verify(new ECDSAVerifier(ecPublicKey(Base64.getUrlDecoder().decode(vapid.get("k")))))) {
        problem = "VAPID signature does not verify with k";
      } else if (!claims.getAudience().contains(origin())) {
        problem = "VAPID aud is not this push service's origin: " + claims.getAudience();
      } else if (claims.getExpirationTime() == null
          || claims.getExpirationTime().toInstant().isAfter(Instant.now().plusSeconds(24 * 3600 + 60))) {
        problem = "VAPID exp missing or more than 24 hours ahead";
      } else if (claims.getSubject() == null) {
        problem = "VAPID sub missing";
      }
    }
    if (problem == null && !"aes128gcm".equals(headers.get("content-encoding"))) {
      problem = "Content-Encoding is not aes128gcm";
    }
    if (problem == null && headers.get("ttl") == null) {
      problem = "no TTL";
    }
    return new Outcome("webpush", path, problem == null ? 201 : (problem.startsWith("VAPID") ? 403 : 400), "", problem);
  }

  private Outcome token(Map<String, String> headers, byte[] body, String path) throws Exception {
    Map<String, String> form = form(body);
    String problem = null;
    if (!"urn:ietf:params:oauth:grant-type:jwt-bearer".equals(form.get("grant_type"))) {
      problem = "grant_type";
    } else {
      SignedJWT jwt = SignedJWT.parse(form.get("assertion"));
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      if (!jwt.verify(new RSASSAVerifier((RSAPublicKey) serviceAccount.getPublic()))) {
        problem = "assertion signature";
      } else if (!FCM_CLIENT.equals(claims.getIssuer()) || !claims.getAudience().contains(origin() + "/token")
          || !"https://www.googleapis.com/auth/firebase.messaging".equals(claims.getStringClaim("scope"))
          || claims.getExpirationTime().toInstant().isAfter(Instant.now().plusSeconds(3660))) {
        problem = "assertion claims: " + claims;
      }
    }
    if (problem != null) {
      return new Outcome("fcm-token", FCM_CLIENT, 400, "{\"error\":\"invalid_grant\"}", problem);
    }
    String issued = "ya29.local-" + UUID.randomUUID();
    issuedTokens.add(issued);
    return new Outcome("fcm-token", FCM_CLIENT, 200,
        "{\"access_token\":\"" + issued + "\",\"expires_in\":3599,\"token_type\":\"Bearer\"}", null);
  }

  private Outcome fcm(Map<String, String> headers, byte[] body, String path) {
    if (!path.equals("/v1/projects/" + FCM_PROJECT + "/messages:send")) {
      return new Outcome("fcm", null, 404, "{}", "no such project: " + path);
    }
    String bearer = headers.getOrDefault("authorization", "");
    if (!bearer.startsWith("Bearer ") || !issued(bearer.substring(7))) {
      return new Outcome("fcm", null, 401, "{\"error\":{\"code\":401,\"status\":\"UNAUTHENTICATED\"}}", "bearer not issued");
    }
    JsonObject message = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8))).readObject()
        .getJsonObject("message");
    String token = message == null ? null : message.getString("token", null);
    if (token == null || message.getJsonObject("notification") == null) {
      return new Outcome("fcm", token, 400, "{\"error\":{\"code\":400,\"status\":\"INVALID_ARGUMENT\"}}", "no token or notification");
    }
    return new Outcome("fcm", token, 200,
        "{\"name\":\"projects/" + FCM_PROJECT + "/messages/" + UUID.randomUUID() + "\"}", null);
  }

  /** FCM's answer for an app that was uninstalled. */
  public static String fcmUnregistered() {
    return "{\"error\":{\"code\":404,\"message\":\"Requested entity was not found.\",\"status\":\"NOT_FOUND\","
        + "\"details\":[{\"@type\":\"type.googleapis.com/google.firebase.fcm.v1.FcmError\",\"errorCode\":\"UNREGISTERED\"}]}}";
  }

  private Outcome twilio(Map<String, String> headers, byte[] body, String path) {
    if (!path.equals("/2010-04-01/Accounts/" + TWILIO_SID + "/Messages.json")) {
      return new Outcome("sms", null, 404, "{\"code\":20404}", "no such account: " + path);
    }
    String expected = "Basic " + Base64.getEncoder().encodeToString(
        (TWILIO_SID + ":" + TWILIO_TOKEN).getBytes(StandardCharsets.UTF_8));
    if (!expected.equals(headers.get("authorization"))) {
      return new Outcome("sms", null, 401, "{\"code\":20003,\"message\":\"Authenticate\"}", "basic auth");
    }
    if (!headers.getOrDefault("content-type", "").startsWith("application/x-www-form-urlencoded")) {
      return new Outcome("sms", null, 400, "{\"code\":21601}", "not a form");
    }
    Map<String, String> form = form(body);
    String to = form.get("To");
    if (to == null || !to.matches("\\+[1-9][0-9]{6,14}") || !TWILIO_FROM.equals(form.get("From"))
        || form.getOrDefault("Body", "").isBlank()) {
      return new Outcome("sms", to, 400, "{\"code\":21211,\"message\":\"Invalid 'To' Phone Number\"}", "form: " + form);
    }
    return new Outcome("sms", to, 201,
        "{\"sid\":\"SM" + UUID.randomUUID().toString().replace("-", "") + "\",\"status\":\"queued\",\"to\":\"" + to + "\"}", null);
  }

  static Map<String, String> form(byte[] body) {
    Map<String, String> form = new HashMap<>();
    for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
      String[] kv = pair.split("=", 2);
      if (kv.length == 2) {
        form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
      }
    }
    return form;
  }

  /** An uncompressed P-256 point (0x04 || x || y) as a public key. */
  public static ECPublicKey ecPublicKey(byte[] uncompressed) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    var params = ((ECPublicKey) generator.generateKeyPair().getPublic()).getParams();
    ECPoint point = new ECPoint(new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 33)),
        new BigInteger(1, Arrays.copyOfRange(uncompressed, 33, 65)));
    return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, params));
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

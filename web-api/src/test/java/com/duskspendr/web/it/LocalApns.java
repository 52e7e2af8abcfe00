package com.duskspendr.web.it;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.eclipse.jetty.alpn.server.ALPNServerConnectionFactory;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * A local APNs in the test JVM: Jetty with HTTP/2 over TLS (ALPN), a self-signed certificate for 127.0.0.1
 * that the system trusts for this channel only (duskspendr.push.apns.trusted-certificate). It checks a
 * request as Apple does: HTTP/2, {@code POST /3/device/<hex token>}, {@code apns-topic}, {@code
 * apns-push-type}, and the provider token, an ES256 JWT verified with the public half of the .p8 key the
 * system signs with ({@code kid}, {@code iss} the team, {@code iat} within the hour); 200 with
 * {@code apns-id}, 410 {@code Unregistered} for a gone token (when scripted).
 */
public final class LocalApns implements AutoCloseable {

  public static final String KEY_ID = "LOCALKEY01";
  public static final String TEAM_ID = "TEAMLOCAL1";
  public static final String TOPIC = "app.duskspendr.ios.test";

  private final Server server;
  private final ProviderScript script;
  private final KeyPair providerKey;
  private final Path keyFile;
  private final Path certificate;
  private final int port;

  LocalApns(ProviderScript script, int port, Path work) throws Exception {
    this.script = script;
    this.port = port;
    KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
    ec.initialize(new ECGenParameterSpec("secp256r1"));
    providerKey = ec.generateKeyPair();
    keyFile = work.resolve("apns-AuthKey.p8");
    Files.writeString(keyFile, "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder().encodeToString(providerKey.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");

    Path keystore = work.resolve("apns-tls.p12");
    certificate = work.resolve("apns-tls.pem");
    keytool("-genkeypair", "-alias", "apns", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=127.0.0.1",
        "-ext", "SAN=ip:127.0.0.1", "-validity", "3", "-keystore", keystore.toString(), "-storetype", "PKCS12",
        "-storepass", "changeit", "-keypass", "changeit");
    keytool("-exportcert", "-rfc", "-alias", "apns", "-keystore", keystore.toString(), "-storepass", "changeit",
        "-file", certificate.toString());

    server = new Server();
    HttpConfiguration config = new HttpConfiguration();
    config.addCustomizer(new SecureRequestCustomizer());
    HttpConnectionFactory http11 = new HttpConnectionFactory(config);
    HTTP2ServerConnectionFactory h2 = new HTTP2ServerConnectionFactory(config);
    ALPNServerConnectionFactory alpn = new ALPNServerConnectionFactory();
    alpn.setDefaultProtocol(http11.getProtocol());
    SslContextFactory.Server tls = new SslContextFactory.Server();
    tls.setKeyStorePath(keystore.toString());
    tls.setKeyStorePassword("changeit");
    tls.setKeyStoreType("PKCS12");
    ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(tls, alpn.getProtocol()), alpn, h2, http11);
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    server.addConnector(connector);
    server.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) throws Exception {
        answer(request, response, callback);
        return true;
      }
    });
    server.start();
  }

  private static void keytool(String... args) throws Exception {
    String[] command = new String[args.length + 1];
    command[0] = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    System.arraycopy(args, 0, command, 1, args.length);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("keytool failed: " + output);
    }
  }

  public String baseUrl() {
    return "https://127.0.0.1:" + port;
  }

  Path keyFile() {
    return keyFile;
  }

  Path certificate() {
    return certificate;
  }

  /** The public half of the key the system signs its provider tokens with, as Apple keeps it. */
  public ECPublicKey providerPublicKey() {
    return (ECPublicKey) providerKey.getPublic();
  }

  private void answer(Request request, Response response, Callback callback) throws Exception {
    Map<String, String> headers = new HashMap<>();
    request.getHeaders().forEach(f -> headers.putIfAbsent(f.getName().toLowerCase(Locale.ROOT), f.getValue()));
    byte[] body = Content.Source.asString(request, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
    String path = request.getHttpURI().getPath();
    String token = path.startsWith("/3/device/") ? path.substring("/3/device/".length()) : null;
    HttpVersion version = request.getConnectionMetaData().getHttpVersion();
    String problem = null;
    int status = 200;
    String reason = null;
    if (version != HttpVersion.HTTP_2) {
      problem = "not HTTP/2: " + version;
      status = 505;
    } else if (!"POST".equals(request.getMethod()) || token == null || !token.matches("[0-9a-f]{64,200}")) {
      problem = "not POST /3/device/<hex token>";
      status = 400;
      reason = "BadDeviceToken";
    } else if (!TOPIC.equals(headers.get("apns-topic")) || !"alert".equals(headers.get("apns-push-type"))) {
      problem = "apns-topic or apns-push-type";
      status = 400;
      reason = "TopicDisallowed";
    } else {
      problem = providerTokenProblem(headers.getOrDefault("authorization", ""));
      if (problem != null) {
        status = 403;
        reason = "InvalidProviderToken";
      } else {
        JsonObject payload = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8))).readObject();
        if (payload.getJsonObject("aps") == null || payload.getJsonObject("aps").getJsonObject("alert") == null) {
          problem = "no aps.alert";
          status = 400;
          reason = "PayloadEmpty";
        }
      }
    }
    String answer = reason == null ? "" : "{\"reason\":\"" + reason + "\"}";
    ProviderScript.Answer scripted = problem == null ? script.next(token) : null;
    if (scripted != null) {
      status = scripted.status();
      answer = scripted.body();
    }
    script.record(new ProviderRequest("apns", token, path, Map.copyOf(headers), body, version.asString(), status,
        problem, Instant.now()));
    response.setStatus(status);
    response.getHeaders().put("apns-id", headers.getOrDefault("apns-id", java.util.UUID.randomUUID().toString()));
    if (answer.isEmpty()) {
      response.write(true, java.nio.ByteBuffer.allocate(0), callback);
    } else {
      response.getHeaders().put("content-type", "application/json");
      Content.Sink.write(response, true, answer, callback);
    }
  }

  private String providerTokenProblem(String authorization) {
    if (!authorization.startsWith("bearer ")) {
      return "no bearer provider token";
    }
    try {
      SignedJWT jwt = SignedJWT.parse(authorization.substring(7));
      if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm()) || !KEY_ID.equals(jwt.getHeader().getKeyID())) {
        return "not ES256 with kid " + KEY_ID;
      }
      if (!jwt.verify(new ECDSAVerifier(providerPublicKey()))) {
        return "the provider token's signature does not verify";
      }
      var claims = jwt.getJWTClaimsSet();
      if (!TEAM_ID.equals(claims.getIssuer()) || claims.getIssueTime() == null
          || claims.getIssueTime().toInstant().isBefore(Instant.now().minusSeconds(3600))) {
        return "iss or iat";
      }
      return null;
    } catch (Exception e) {
      return "unreadable provider token: " + e;
    }
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}

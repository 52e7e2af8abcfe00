package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.authorized;
import static com.duskspendr.web.blackbox.ApiClient.request;
import static com.duskspendr.web.blackbox.ApiClient.signedInUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.web.it.WithIntegrationEnvironment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The access log as an operator reads it: one JSON line per request in its own files under the data directory. */
@ExtendWith(WithIntegrationEnvironment.class)
class AccessLogApiIT {

  @Test
  void eachRequestIsOneLineWithItsRouteTemplateStatusIdsAndAHashedUserButNoRecordIds() throws Exception {
    ApiClient.Session user = signedInUser();
    String missing = UUID.randomUUID().toString();
    String requestId = "access-" + UUID.randomUUID();
    String traceparent = "00-" + UUID.randomUUID().toString().replace("-", "") + "-b7ad6b7169203331-01";
    authorized(user.accessToken()).header("X-Request-Id", requestId).header("traceparent", traceparent)
        .get("/api/v1/transactions/" + missing).then().statusCode(404);

    JsonObject line = lineOf(requestId);
    assertEquals("GET", line.getString("method"));
    assertEquals("GET /v1/transactions/{id}", line.getString("route"));
    assertEquals(404, line.getInt("status"));
    assertTrue(line.getJsonNumber("ms").doubleValue() > 0);
    assertEquals(traceparent.substring(3, 35), line.getString("traceId"));
    assertEquals(sha256Prefix(user.userId()), line.getString("user"));
    assertFalse(line.toString().contains(missing), "a matched route is written as its template, not its path");
    assertFalse(line.toString().contains(user.userId()), "the user is hashed");
  }

  @Test
  void requestsNoRouteMatchesAndRequestsRefusedBeforeTheApplicationAreLoggedToo() throws Exception {
    String unmatched = "access-" + UUID.randomUUID();
    request().header("X-Request-Id", unmatched).get("/api/v1/no-such-route").then().statusCode(404);
    JsonObject line = lineOf(unmatched);
    assertTrue(line.isNull("route"));
    assertEquals("/api/v1/no-such-route", line.getString("path"));
    assertTrue(line.isNull("user"));

    String refused = "access-" + UUID.randomUUID();
    request().header("X-Request-Id", refused).header("Authorization", "Bearer not.a.token")
        .get("/api/v1/users/me").then().statusCode(401);
    JsonObject refusal = lineOf(refused);
    assertEquals(401, refusal.getInt("status"));
    assertTrue(refusal.isNull("user"));
  }

  /** The line with this request id, once written (it is written after the answer went out). */
  private static JsonObject lineOf(String requestId) throws IOException, InterruptedException {
    Path dataDir = Path.of(System.getProperty("duskspendr.data.dir"));
    for (int attempt = 0; attempt < 100; attempt++) {
      List<JsonObject> found = linesWith(dataDir, requestId);
      if (!found.isEmpty()) {
        assertEquals(1, found.size(), "one line per request");
        return found.get(0);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("No access log line for " + requestId + " under " + dataDir);
  }

  private static List<JsonObject> linesWith(Path dataDir, String requestId) throws IOException {
    try (Stream<Path> files = Files.walk(dataDir)) {
      return files.filter(file -> file.getFileName().toString().matches("access-\\d+-\\d+\\.log"))
          .flatMap(file -> read(file).stream())
          .filter(line -> line.contains("\"" + requestId + "\""))
          .map(line -> Json.createReader(new StringReader(line)).readObject())
          .toList();
    }
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return List.of();
    }
  }

  private static String sha256Prefix(String text) throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, 8);
  }
}

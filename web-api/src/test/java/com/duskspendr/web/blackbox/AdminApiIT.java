package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.authorized;
import static com.duskspendr.web.blackbox.ApiClient.login;
import static com.duskspendr.web.blackbox.ApiClient.request;
import static com.duskspendr.web.blackbox.ApiClient.signedInUser;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.web.it.IntegrationEnvironment;
import com.duskspendr.web.it.WithIntegrationEnvironment;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.jms.JMSContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin API as ops use it: every endpoint refuses a user's token (403) and logs the refusal, and every
 * action an admin takes is in the audit log with its outcome; users locked out and let back in; a dead letter
 * browsed (redacted), replayed and consumed; a purge in two steps; the system's health and live figures.
 */
@ExtendWith(WithIntegrationEnvironment.class)
class AdminApiIT {

  private static final String NOBODY = "00000000-0000-4000-8000-000000000000";

  /** One admin call: method, path, body (null for none) and the route template the audit log names. */
  private record Call(String method, String path, Object body, String action) {}

  static String admin() {
    return login(IntegrationEnvironment.ADMIN_EMAIL, IntegrationEnvironment.ADMIN_PASSWORD, "admin it")
        .then().statusCode(200).extract().path("data.accessToken");
  }

  private static Response send(String token, Call call) {
    var spec = authorized(token);
    if (call.body() != null) {
      spec = spec.body(call.body());
    }
    return spec.request(call.method(), call.path());
  }

  /** The newest audit entries (up to 200). */
  static List<Map<String, Object>> audit(String admin) {
    return authorized(admin).get("/api/v1/admin/audit?limit=200").then().statusCode(200)
        .extract().jsonPath().getList("data");
  }

  static boolean audited(List<Map<String, Object>> entries, String actorId, String action, int status, String target) {
    return entries.stream().anyMatch(e -> actorId.equals(e.get("actorId")) && action.equals(e.get("action"))
        && Integer.valueOf(status).equals(e.get("status")) && (target == null || target.equals(e.get("target"))));
  }

  @Test
  void everyAdminEndpointRefusesAUserAndLogsTheRefusal() {
    ApiClient.Session user = signedInUser();
    List<Call> calls = List.of(
        new Call("GET", "/api/v1/admin/users?q=example", null, "GET /v1/admin/users"),
        new Call("GET", "/api/v1/admin/users/" + user.userId(), null, "GET /v1/admin/users/{id}"),
        new Call("PATCH", "/api/v1/admin/users/" + user.userId(), Map.of("locked", true), "PATCH /v1/admin/users/{id}"),
        new Call("GET", "/api/v1/admin/users/" + user.userId() + "/sessions", null, "GET /v1/admin/users/{id}/sessions"),
        new Call("DELETE", "/api/v1/admin/users/" + user.userId() + "/sessions/" + NOBODY, null,
            "DELETE /v1/admin/users/{id}/sessions/{sessionId}"),
        new Call("POST", "/api/v1/admin/users/" + user.userId() + "/throttling/reset", null,
            "POST /v1/admin/users/{id}/throttling/reset"),
        new Call("GET", "/api/v1/admin/audit", null, "GET /v1/admin/audit"),
        new Call("GET", "/api/v1/admin/queues", null, "GET /v1/admin/queues"),
        new Call("GET", "/api/v1/admin/queues/DLQ/messages", null, "GET /v1/admin/queues/{name}/messages"),
        new Call("POST", "/api/v1/admin/queues/DLQ/replay", Map.of(), "POST /v1/admin/queues/{name}/replay"),
        new Call("POST", "/api/v1/admin/queues/DLQ/purge", Map.of(), "POST /v1/admin/queues/{name}/purge"),
        new Call("GET", "/api/v1/admin/system", null, "GET /v1/admin/system"),
        new Call("GET", "/api/v1/admin/models", null, "GET /v1/admin/models"),
        new Call("POST", "/api/v1/admin/models/1/activate", null, "POST /v1/admin/models/{id}/activate"),
        new Call("GET", "/api/v1/admin/oauth/clients", null, "GET /v1/admin/oauth/clients"),
        new Call("GET", "/api/v1/admin/jobs/analytics-nightly/executions", null, "GET /v1/admin/jobs/{jobName}/executions"));
    for (Call call : calls) {
      send(user.accessToken(), call).then().statusCode(403).body("error.code", equalTo("FORBIDDEN"));
    }
    request().get("/api/v1/admin/system").then().statusCode(401);

    List<Map<String, Object>> entries = audit(admin());
    for (Call call : calls) {
      assertTrue(audited(entries, user.userId(), call.action(), 403, null), "refusal of " + call.action() + " audited");
    }
    Map<String, Object> refusal = entries.stream()
        .filter(e -> user.userId().equals(e.get("actorId")) && "PATCH /v1/admin/users/{id}".equals(e.get("action")))
        .findFirst().orElseThrow();
    assertEquals("refused", refusal.get("outcome"));
    assertEquals("id=" + user.userId(), refusal.get("target"));
    // the user stayed unlocked: the refused PATCH did nothing
    login(user.email(), ApiClient.PASSWORD, null).then().statusCode(200);
  }

  /**
   * The same for every admin operation the running system documents, so that an endpoint added later is
   * covered without a list to keep: a user's token is refused, and the refusal is in the audit log.
   */
  @Test
  void everyDocumentedAdminOperationRefusesAUserAndAuditsIt() {
    ApiClient.Session user = signedInUser();
    Map<String, Map<String, Object>> paths =
        request().accept("application/json").get("/openapi").then().statusCode(200).extract().jsonPath().getMap("paths");
    List<Call> calls = new java.util.ArrayList<>();
    paths.forEach((path, operations) -> {
      if (!path.startsWith("/api/v1/admin")) {
        return;
      }
      for (String method : operations.keySet()) {
        if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
          String upper = method.toUpperCase(java.util.Locale.ROOT);
          Object body = List.of("POST", "PUT", "PATCH").contains(upper) ? Map.of() : null;
          calls.add(new Call(upper, path.replaceAll("\\{[^}]+}", NOBODY), body, upper + " " + path.substring("/api".length())));
        }
      }
    });
    assertTrue(calls.size() >= 20, "the admin API as documented: " + calls);
    for (Call call : calls) {
      Response refused = send(user.accessToken(), call);
      assertEquals(403, refused.statusCode(), call.action() + ": " + refused.asString());
    }
    List<Map<String, Object>> entries = audit(admin());
    for (Call call : calls) {
      assertTrue(audited(entries, user.userId(), call.action(), 403, null), "refusal of " + call.action() + " audited");
    }
  }

  @Test
  void aLockedUserIsSignedOutAndRefusedUntilUnlocked() {
    String admin = admin();
    String adminId = ApiClient.subjectOf(admin);
    ApiClient.Session user = signedInUser();

    JsonPath found = authorized(admin).get("/api/v1/admin/users?q=" + user.email().substring(0, 20).toUpperCase())
        .then().statusCode(200).extract().jsonPath();
    assertTrue(found.getList("data.id").contains(user.userId()), found.prettify());
    String view = authorized(admin).get("/api/v1/admin/users/" + user.userId()).then().statusCode(200)
        .body("data.email", equalTo(user.email()))
        .body("data.locked", equalTo(false))
        .body("data.activeSessions", equalTo(1))
        .extract().asString();
    assertFalse(view.contains("password") || view.contains("argon2"), "no password material: " + view);
    JsonPath client = authorized(user.accessToken())
        .body(Map.of("name", "Locked owner's server", "redirectUris", List.of("https://server.example/cb"),
            "scopes", List.of("transactions:read"), "type", "confidential"))
        .post("/api/v1/oauth/clients").then().statusCode(201).extract().jsonPath();
    clientCredentials(client).then().statusCode(200);

    authorized(admin).body(Map.of("locked", true)).patch("/api/v1/admin/users/" + user.userId()).then()
        .statusCode(200).body("data.locked", equalTo(true)).body("data.activeSessions", equalTo(0));
    // nor does the account act through its own OAuth client meanwhile
    clientCredentials(client).then().statusCode(400).body("error", equalTo("unauthorized_client"));
    // the access token dies at once (its session is revoked), the refresh token too, and a new login is refused
    authorized(user.accessToken()).get("/api/v1/users/me").then().statusCode(401);
    request().body(Map.of("refreshToken", user.refreshToken())).post("/api/v1/auth/refresh").then().statusCode(401);
    login(user.email(), ApiClient.PASSWORD, null).then().statusCode(403)
        .body("error.code", equalTo("FORBIDDEN")).body("error.message", containsString("locked"));
    // a wrong password still answers as any wrong password: the lock tells nothing to a guesser
    login(user.email(), "not the password at all 123", null).then().statusCode(401);

    authorized(admin).body(Map.of("locked", false)).patch("/api/v1/admin/users/" + user.userId()).then()
        .statusCode(200).body("data.locked", equalTo(false));
    String again = login(user.email(), ApiClient.PASSWORD, null).then().statusCode(200).extract().path("data.accessToken");
    authorized(again).get("/api/v1/users/me").then().statusCode(200);
    clientCredentials(client).then().statusCode(200);

    authorized(admin).body(Map.of("locked", "yes")).patch("/api/v1/admin/users/" + user.userId()).then().statusCode(400);
    authorized(admin).body(Map.of()).patch("/api/v1/admin/users/" + user.userId()).then().statusCode(400);
    authorized(admin).get("/api/v1/admin/users/" + NOBODY).then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
    authorized(admin).get("/api/v1/admin/users/not-an-id").then().statusCode(404);
    authorized(admin).get("/api/v1/admin/users").then().statusCode(400).body("error.details.field", hasItem("q"));
    authorized(admin).get("/api/v1/admin/users?q=a&limit=0").then().statusCode(400);

    List<Map<String, Object>> entries = audit(admin);
    assertTrue(audited(entries, adminId, "PATCH /v1/admin/users/{id}", 200, "id=" + user.userId()), "lock audited");
    assertTrue(audited(entries, adminId, "GET /v1/admin/users/{id}", 200, "id=" + user.userId()), "view audited");
    assertTrue(audited(entries, adminId, "GET /v1/admin/users", 200, null), "search audited");
    assertTrue(audited(entries, adminId, "PATCH /v1/admin/users/{id}", 400, null), "rejected patch audited");
    assertTrue(audited(entries, adminId, "GET /v1/admin/users/{id}", 404, "id=" + NOBODY), "unknown user audited");
  }

  @Test
  void sessionsAreListedAndRevokedAndThrottlingIsReset() {
    String admin = admin();
    String adminId = ApiClient.subjectOf(admin);
    ApiClient.Session user = signedInUser();
    String second = login(user.email(), ApiClient.PASSWORD, "Second phone").then().statusCode(200)
        .extract().path("data.accessToken");

    JsonPath sessions = authorized(admin).get("/api/v1/admin/users/" + user.userId() + "/sessions").then()
        .statusCode(200).extract().jsonPath();
    assertEquals(2, sessions.getList("data").size(), sessions.prettify());
    String secondSession = sessions.getString("data.find { it.deviceName == 'Second phone' }.id");
    authorized(admin).delete("/api/v1/admin/users/" + user.userId() + "/sessions/" + secondSession).then().statusCode(204);
    authorized(second).get("/api/v1/users/me").then().statusCode(401);
    authorized(user.accessToken()).get("/api/v1/users/me").then().statusCode(200);
    authorized(admin).delete("/api/v1/admin/users/" + user.userId() + "/sessions/" + secondSession).then().statusCode(404);

    int attempts = 0;
    while (login(user.email(), "wrong password number " + attempts, null).statusCode() != 429) {
      assertTrue(++attempts < 30, "throttled at some point");
    }
    login(user.email(), ApiClient.PASSWORD, null).then().statusCode(429);
    authorized(admin).post("/api/v1/admin/users/" + user.userId() + "/throttling/reset").then().statusCode(204);
    login(user.email(), ApiClient.PASSWORD, null).then().statusCode(200);

    List<Map<String, Object>> entries = audit(admin);
    assertTrue(audited(entries, adminId, "DELETE /v1/admin/users/{id}/sessions/{sessionId}", 204,
        "id=" + user.userId() + " sessionId=" + secondSession), "revocation audited");
    assertTrue(audited(entries, adminId, "GET /v1/admin/users/{id}/sessions", 200, null), "listing audited");
    assertTrue(audited(entries, adminId, "POST /v1/admin/users/{id}/throttling/reset", 204, null), "reset audited");
  }

  @Test
  void aDeadLetterIsBrowsedRedactedReplayedAndConsumed() throws Exception {
    DeadLetters.Curable letter = DeadLetters.curable();
    String admin = admin();
    String adminId = ApiClient.subjectOf(admin);

    JsonPath queues = authorized(admin).get("/api/v1/admin/queues").then().statusCode(200).extract().jsonPath();
    assertTrue(queues.getList("data.name").containsAll(List.of("DLQ", "duskspendr.categorization")), queues.prettify());
    assertTrue(queues.getLong("data.find { it.name == 'DLQ' }.messageCount") >= 1);
    assertTrue(queues.getBoolean("data.find { it.name == 'DLQ' }.deadLetter"));
    assertTrue(queues.getInt("data.find { it.name == 'duskspendr.categorization' }.consumerCount") >= 1);

    Map<String, Object> message = deadLetter(admin, letter.eventId());
    assertNotNull(message, "the dead letter is listed");
    assertEquals("duskspendr.categorization", message.get("originalAddress"));
    String payload = (String) message.get("payload");
    assertFalse(payload.contains(letter.merchant()) || payload.contains("4.20"), "redacted: " + payload);
    assertTrue(payload.contains("\"merchantName\":\"<string"), payload);

    authorized(admin).body(Map.of("messageId", -1)).post("/api/v1/admin/queues/DLQ/replay").then().statusCode(400);
    authorized(admin).body(Map.of()).post("/api/v1/admin/queues/duskspendr.categorization/replay").then().statusCode(400);
    authorized(admin).get("/api/v1/admin/queues/no.such.queue/messages").then().statusCode(404);

    Object messageId = message.get("messageId");
    authorized(admin).body(Map.of("messageId", messageId)).post("/api/v1/admin/queues/DLQ/replay").then()
        .statusCode(200).body("data.replayed", equalTo(1));
    JsonPath filed = DeadLetters.awaitFiled(letter);
    assertEquals(DeadLetters.CATEGORY, filed.getString("data.categoryId"));
    assertEquals(null, deadLetter(admin, letter.eventId()), "no longer on the DLQ");
    authorized(admin).body(Map.of("messageId", messageId)).post("/api/v1/admin/queues/DLQ/replay").then().statusCode(404);

    List<Map<String, Object>> entries = audit(admin);
    assertTrue(audited(entries, adminId, "POST /v1/admin/queues/{name}/replay", 200, "name=DLQ"), "replay audited");
    assertTrue(audited(entries, adminId, "GET /v1/admin/queues/{name}/messages", 200, "name=DLQ"), "browse audited");
    assertTrue(audited(entries, adminId, "GET /v1/admin/queues", 200, null), "listing audited");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deadLetter(String admin, String eventId) {
    List<Map<String, Object>> messages = authorized(admin).get("/api/v1/admin/queues/DLQ/messages").then()
        .statusCode(200).extract().jsonPath().getList("data");
    return messages.stream()
        .filter(m -> eventId.equals(((Map<String, Object>) m.get("headers")).get("eventId")))
        .findFirst().orElse(null);
  }

  @Test
  void aPurgeTakesAConfirmationTokenThatWorksOnceForItsQueue() throws Exception {
    String queue = "duskspendr.admin-it." + UUID.randomUUID();
    try (ActiveMQConnectionFactory broker = new ActiveMQConnectionFactory(IntegrationEnvironment.get().brokerUrl());
        JMSContext jms = broker.createContext()) {
      jms.createProducer().send(jms.createQueue(queue), "one").send(jms.createQueue(queue), "two");
    }
    String admin = admin();
    String adminId = ApiClient.subjectOf(admin);
    String path = "/api/v1/admin/queues/" + queue + "/purge";

    JsonPath asked = authorized(admin).body(Map.of()).post(path).then().statusCode(202)
        .body("data.messageCount", equalTo(2)).extract().jsonPath();
    String token = asked.getString("data.confirmation");
    authorized(admin).body(Map.of("confirmation", "forged")).post(path).then().statusCode(400)
        .body("error.details.field", hasItem("confirmation"));
    String otherToken = authorized(admin).body(Map.of()).post("/api/v1/admin/queues/DLQ/purge").then().statusCode(202)
        .extract().path("data.confirmation");
    authorized(admin).body(Map.of("confirmation", otherToken)).post(path).then().statusCode(400);
    assertEquals(2, depth(admin, queue), "nothing purged yet");

    authorized(admin).body(Map.of("confirmation", token)).post(path).then().statusCode(200).body("data.purged", equalTo(2));
    authorized(admin).body(Map.of("confirmation", token)).post(path).then().statusCode(anyOf400or404());
    assertNotEquals(2, depth(admin, queue));

    List<Map<String, Object>> entries = audit(admin);
    assertTrue(audited(entries, adminId, "POST /v1/admin/queues/{name}/purge", 200, "name=" + queue), "purge audited");
    assertTrue(audited(entries, adminId, "POST /v1/admin/queues/{name}/purge", 202, "name=" + queue), "request audited");
    assertTrue(audited(entries, adminId, "POST /v1/admin/queues/{name}/purge", 400, "name=" + queue), "refusal audited");
  }

  /** A used token is refused; the queue may also have been removed by the broker once empty (auto-delete). */
  private static org.hamcrest.Matcher<Integer> anyOf400or404() {
    return org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(404));
  }

  private static long depth(String admin, String queue) {
    JsonPath queues = authorized(admin).get("/api/v1/admin/queues").then().statusCode(200).extract().jsonPath();
    Object depth = queues.get("data.find { it.name == '" + queue + "' }.messageCount");
    return depth == null ? 0 : ((Number) depth).longValue();
  }

  @Test
  void modelVersionsAreListedWithMetricsAndOneIsActivated() {
    String admin = admin();
    String adminId = ApiClient.subjectOf(admin);
    JsonPath versions = authorized(admin).get("/api/v1/admin/models").then().statusCode(200).extract().jsonPath();
    List<Map<String, Object>> all = versions.getList("data");
    assertFalse(all.isEmpty(), "at least the bootstrap model");
    assertEquals(1, all.stream().filter(v -> Boolean.TRUE.equals(v.get("active"))).count(), versions.prettify());
    assertTrue(versions.getDouble("data[0].model.metrics.primaryAccuracy") > 0);
    int oldest = versions.getInt("data[-1].id");

    // Activating a version (here the oldest: a roll-back when retraining added newer ones) makes it the model in use.
    authorized(admin).post("/api/v1/admin/models/" + oldest + "/activate").then().statusCode(200)
        .body("data.id", equalTo(oldest)).body("data.active", equalTo(true));
    String activeVersion = versions.getString("data.find { it.id == " + oldest + " }.model.version");
    authorized(admin).get("/api/v1/ai/model").then().statusCode(200).body("data.version", equalTo(activeVersion));
    authorized(admin).post("/api/v1/admin/models/999999999/activate").then().statusCode(404);
    authorized(admin).post("/api/v1/admin/models/not-a-number/activate").then().statusCode(404);

    List<Map<String, Object>> entries = audit(admin);
    assertTrue(audited(entries, adminId, "POST /v1/admin/models/{id}/activate", 200, "id=" + oldest), "activation audited");
    assertTrue(audited(entries, adminId, "POST /v1/admin/models/{id}/activate", 404, null), "unknown version audited");
    assertTrue(audited(entries, adminId, "GET /v1/admin/models", 200, null), "listing audited");
  }

  @Test
  void theSystemShowsHealthVersionAndLiveFigures() {
    String admin = admin();
    ApiClient.Session user = signedInUser();
    for (int i = 0; i < 5; i++) {
      authorized(user.accessToken()).get("/api/v1/users/me").then().statusCode(200);
    }
    login(user.email(), "wrong password for figures", null).then().statusCode(401);

    JsonPath system = authorized(admin).get("/api/v1/admin/system").then().statusCode(200).extract().jsonPath();
    assertNotEquals("unknown", system.getString("data.version"));
    assertTrue(system.getLong("data.uptimeSeconds") >= 0);
    assertEquals("UP", system.getString("data.health.find { it.name == 'broker' }.status"), system.prettify());
    assertEquals("UP", system.getString("data.health.find { it.data.broker != null }.data.broker"));
    assertTrue(system.getList("data.health").size() >= 2, "database and broker: " + system.prettify());
    assertTrue(system.getLong("data.figures.requests") >= 7);
    assertTrue(system.getLong("data.figures.loginFailures") >= 1);
    assertTrue(system.getInt("data.figures.routes.find { it.route == 'GET /v1/users/me' }.requests") >= 5);
    assertTrue(system.getDouble("data.figures.routes.find { it.route == 'GET /v1/users/me' }.p99Ms") > 0);
    // one point per slot of the window (the tests' system keeps a longer window than the default 30 slots)
    assertEquals(system.getLong("data.figures.windowSeconds") / system.getLong("data.figures.slotSeconds"),
        system.getList("data.figures.series").size());
    assertTrue(system.getList("data.links.href").contains("/api/v1/ai/model"));
    assertTrue(audited(audit(admin), ApiClient.subjectOf(admin), "GET /v1/admin/system", 200, null));
  }

  @Test
  void theConsoleIsServedWithAStrictPolicyAndNeverFramed() {
    request().get("/admin/index.html").then().statusCode(200)
        .contentType(containsString("text/html"))
        .header("Content-Security-Policy", containsString("script-src 'self'"))
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
        .header("Content-Security-Policy", not(containsString("unsafe-inline")))
        .header("X-Frame-Options", equalTo("DENY"))
        .body(not(containsString("<script>")))
        .body(not(containsString("style=")));
    request().get("/admin/js/app.js").then().statusCode(200).contentType(containsString("javascript"))
        .header("X-Frame-Options", equalTo("DENY"));
    request().get("/webjars/uplot/1.6.30/dist/uPlot.esm.js").then().statusCode(200)
        .contentType(containsString("javascript"));
  }

  /** A confidential client's own token (RFC 6749 4.4), from the registration answer's id and secret. */
  private static Response clientCredentials(JsonPath registered) {
    return io.restassured.RestAssured.given().baseUri(IntegrationEnvironment.get().systemBaseUri().toString())
        .contentType(io.restassured.http.ContentType.URLENC).auth().preemptive()
        .basic(registered.getString("data.clientId"), registered.getString("data.clientSecret"))
        .formParam("grant_type", "client_credentials").post("/api/v1/oauth/token");
  }
}

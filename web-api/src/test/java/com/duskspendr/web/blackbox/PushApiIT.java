package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.PASSWORD;
import static com.duskspendr.web.blackbox.ApiClient.authorized;
import static com.duskspendr.web.blackbox.ApiClient.request;
import static com.duskspendr.web.blackbox.ApiClient.signedInUser;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.web.it.IntegrationEnvironment;
import com.duskspendr.web.it.LocalApns;
import com.duskspendr.web.it.LocalProviders;
import com.duskspendr.web.it.ProviderRequest;
import com.duskspendr.web.it.ProviderScript;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Push as the apps use it, against the running system: devices registered, listed and removed, each
 * user's own; alerts pushed through each provider's protocol to the local provider servers of the test
 * JVM (see LocalProviders), which check each request as the provider would; a token the provider reports
 * gone removes its device.
 */
class PushApiIT {

  @Test
  void devicesAreValidatedListedAndRemoved() {
    ApiClient.Session user = signedInUser();
    String fcmToken = "fcm-" + UUID.randomUUID() + ":APA91b_test";
    JsonPath fcm = registerDevice(user, Map.of("platform", "fcm", "token", fcmToken), 201);
    assertEquals("fcm", fcm.getString("data.platform"));
    assertEquals(fcmToken, fcm.getString("data.token"));
    String apnsToken = "AB".repeat(32);
    registerDevice(user, Map.of("platform", "apns", "token", apnsToken), 201);
    JsonPath web = registerDevice(user, Map.of("platform", "webpush", "subscription", WebPushSubscriber.create(
        "https://93.184.215.14/push/" + UUID.randomUUID()).json()), 201);
    assertEquals(null, web.getString("data.token"));

    // the same token again: the same device, 200
    JsonPath again = registerDevice(user, Map.of("platform", "fcm", "token", fcmToken), 200);
    assertEquals(fcm.getString("data.id"), again.getString("data.id"));
    authorized(user.accessToken()).get("/api/v1/notifications/devices").then().statusCode(200)
        .body("data", hasSize(3))
        .body("data.platform", equalTo(List.of("fcm", "apns", "webpush")))
        .body("data[1].token", equalTo("ab".repeat(32)))
        .body("data[2].endpoint", equalTo(web.getString("data.endpoint")))
        .body("data[2].keys", nullValue());

    Map<String, Object> bad = new HashMap<>();
    bad.put("platform", "webpush");
    bad.put("token", "t");
    bad.put("subscription", Map.of("endpoint", "http://169.254.169.254/latest/meta-data/",
        "keys", Map.of("p256dh", "short", "auth", "!!")));
    authorized(user.accessToken()).body(bad).post("/api/v1/notifications/devices").then().statusCode(400)
        .body("error.code", equalTo("VALIDATION_ERROR"))
        .body("error.details.field", hasItems("token", "subscription.endpoint", "subscription.keys.p256dh",
            "subscription.keys.auth"));
    authorized(user.accessToken()).body(Map.of("platform", "webpush", "subscription", WebPushSubscriber.create(
        "https://127.0.0.1/push/x").json())).post("/api/v1/notifications/devices").then().statusCode(400)
        .body("error.details.field", hasItems("subscription.endpoint"));
    authorized(user.accessToken()).body(Map.of("platform", "pager", "token", "x"))
        .post("/api/v1/notifications/devices").then().statusCode(400).body("error.details[0].field", equalTo("platform"));
    authorized(user.accessToken()).body(Map.of("platform", "apns", "token", "not hex"))
        .post("/api/v1/notifications/devices").then().statusCode(400).body("error.details[0].field", equalTo("token"));
    authorized(user.accessToken()).body("{\"platform\": \"fcm\", \"token\": 5, \"x\": 1}")
        .post("/api/v1/notifications/devices").then().statusCode(400).body("error.code", equalTo("VALIDATION_ERROR"));
    authorized(user.accessToken()).contentType("text/plain").body("fcm")
        .post("/api/v1/notifications/devices").then().statusCode(415);

    authorized(user.accessToken()).delete("/api/v1/notifications/devices/" + fcm.getString("data.id"))
        .then().statusCode(204);
    authorized(user.accessToken()).delete("/api/v1/notifications/devices/" + fcm.getString("data.id"))
        .then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
    authorized(user.accessToken()).delete("/api/v1/notifications/devices/not-a-uuid").then().statusCode(404);
    authorized(user.accessToken()).get("/api/v1/notifications/devices").then().statusCode(200).body("data", hasSize(2));
    request().get("/api/v1/notifications/devices").then().statusCode(401);
    request().body(Map.of("platform", "fcm", "token", "x")).post("/api/v1/notifications/devices").then().statusCode(401);
  }

  @Test
  void noUserSeesOrRemovesAnothersDevicesAndDeletionErasesThem() throws Exception {
    ApiClient.Session alice = signedInUser();
    ApiClient.Session bob = signedInUser();
    String token = "fcm-" + UUID.randomUUID();
    String id = registerDevice(alice, Map.of("platform", "fcm", "token", token), 201).getString("data.id");

    authorized(bob.accessToken()).get("/api/v1/notifications/devices").then().statusCode(200).body("data", hasSize(0));
    authorized(bob.accessToken()).delete("/api/v1/notifications/devices/" + id).then().statusCode(404)
        .body("error.code", equalTo("NOT_FOUND"));
    // the same token under bob is bob's own device, not alice's
    String bobs = registerDevice(bob, Map.of("platform", "fcm", "token", token), 201).getString("data.id");
    authorized(alice.accessToken()).delete("/api/v1/notifications/devices/" + bobs).then().statusCode(404);
    authorized(alice.accessToken()).get("/api/v1/notifications/devices").then().statusCode(200)
        .body("data.id", equalTo(List.of(id)));

    assertEquals(1, devicesOf(alice.userId()));
    authorized(alice.accessToken()).body(Map.of("password", PASSWORD)).delete("/api/v1/users/me").then().statusCode(204);
    assertEquals(0, devicesOf(alice.userId()));
    assertEquals(1, devicesOf(bob.userId()));
  }

  @Test
  void anAlertIsPushedToEachDeviceThroughItsProvidersProtocol() throws Exception {
    ApiClient.Session user = signedInUser();
    channels(user, List.of("in_app", "push"));
    WebPushSubscriber browser = WebPushSubscriber.create(IntegrationEnvironment.get().providers().newPushEndpoint());
    registerDevice(user, Map.of("platform", "webpush", "subscription", browser.json()), 201);
    String fcmToken = "fcm-" + UUID.randomUUID();
    registerDevice(user, Map.of("platform", "fcm", "token", fcmToken), 201);
    String apnsToken = apnsToken();
    registerDevice(user, Map.of("platform", "apns", "token", apnsToken), 201);
    Spending.createBudget(user, "100.00", List.of(80));
    Spending.spend(user, "-81.00", "Push Grocer");

    List<Deliveries.Row> rows = Deliveries.awaitSettled(user.userId(), 3, PATIENCE);
    assertEquals(List.of("sent", "sent", "sent"), rows.stream().map(Deliveries.Row::status).toList(), rows.toString());
    JsonPath inbox = authorized(user.accessToken()).get("/api/v1/notifications").then().statusCode(200).extract().jsonPath();
    String id = inbox.getString("data[0].id");
    String title = inbox.getString("data[0].title");

    // Web Push: VAPID-signed for the push service, encrypted for this browser only
    ProviderRequest push = single("webpush", java.net.URI.create(browser.endpoint()).getPath());
    assertEquals(null, push.problem());
    String vapidKey = authorized(user.accessToken()).get("/api/v1/notifications/devices/web-push-key")
        .then().statusCode(200).extract().path("data.publicKey");
    assertTrue(push.header("authorization").contains("k=" + vapidKey), push.header("authorization"));
    JsonPath shown = JsonPath.from(browser.decrypt(push.body()));
    assertEquals(id, shown.getString("id"));
    assertEquals(title, shown.getString("title"));
    assertEquals("80", shown.getString("data.threshold"));
    assertThrows(Exception.class, () -> WebPushSubscriber.create(browser.endpoint()).decrypt(push.body()),
        "another browser's keys do not decrypt it");

    // FCM HTTP v1: with a bearer token the token endpoint issued for the service account's signed assertion
    ProviderRequest fcm = single("fcm", fcmToken);
    assertEquals(null, fcm.problem());
    assertTrue(IntegrationEnvironment.get().providers().issued(fcm.header("authorization").substring(7)));
    assertTrue(script().requests("fcm-token", null).stream().allMatch(r -> r.problem() == null));
    JsonPath message = JsonPath.from(fcm.text());
    assertEquals(title, message.getString("message.notification.title"));
    assertEquals(id, message.getString("message.data.notificationId"));

    // APNs: HTTP/2, the provider token verifies with the public key of the team's .p8 key
    ProviderRequest apns = single("apns", apnsToken);
    assertEquals(null, apns.problem());
    assertEquals("HTTP/2.0", apns.protocol());
    SignedJWT providerToken = SignedJWT.parse(apns.header("authorization").substring(7));
    assertTrue(providerToken.verify(new ECDSAVerifier(IntegrationEnvironment.get().apns().providerPublicKey())));
    assertEquals(LocalApns.TEAM_ID, providerToken.getJWTClaimsSet().getIssuer());
    assertEquals(LocalApns.TOPIC, apns.header("apns-topic"));
    assertEquals("alert", apns.header("apns-push-type"));
    assertEquals(id, apns.header("apns-id"));
    assertEquals(title, JsonPath.from(apns.text()).getString("aps.alert.title"));
  }

  @Test
  void aTokenTheProviderReportsGoneRemovesItsDevice() throws Exception {
    ApiClient.Session user = signedInUser();
    channels(user, List.of("push"));
    String goneFcm = "fcm-gone-" + UUID.randomUUID();
    script().answer(goneFcm, ProviderScript.Answer.of(404, LocalProviders.fcmUnregistered()));
    String goneApns = apnsToken();
    script().answer(goneApns, ProviderScript.Answer.of(410, "{\"reason\":\"Unregistered\",\"timestamp\":1764760000000}"));
    WebPushSubscriber unsubscribed = WebPushSubscriber.create(IntegrationEnvironment.get().providers().newPushEndpoint());
    script().answer(java.net.URI.create(unsubscribed.endpoint()).getPath(), ProviderScript.Answer.of(410, ""));
    String healthy = "fcm-healthy-" + UUID.randomUUID();
    registerDevice(user, Map.of("platform", "fcm", "token", goneFcm), 201);
    registerDevice(user, Map.of("platform", "apns", "token", goneApns), 201);
    registerDevice(user, Map.of("platform", "webpush", "subscription", unsubscribed.json()), 201);
    String keep = registerDevice(user, Map.of("platform", "fcm", "token", healthy), 201).getString("data.id");
    Spending.createBudget(user, "10.00", List.of(50));
    Spending.spend(user, "-6.00", "Gone Grocer");

    List<Deliveries.Row> rows = Deliveries.awaitSettled(user.userId(), 4, PATIENCE);
    assertEquals(3, rows.stream().filter(r -> r.status().equals("failed")).count(), rows.toString());
    assertTrue(rows.stream().filter(r -> r.status().equals("failed")).allMatch(r -> r.attempts() == 1),
        "a gone token is not retried: " + rows);
    authorized(user.accessToken()).get("/api/v1/notifications/devices").then().statusCode(200)
        .body("data.id", equalTo(List.of(keep)));
    assertEquals(1, script().requests("fcm", healthy).size());
  }

  @Test
  void aProviderTimingOutIsTriedAgainLaterAndDeliversOnce() throws Exception {
    ApiClient.Session user = signedInUser();
    channels(user, List.of("in_app", "push"));
    String token = "fcm-slow-" + UUID.randomUUID();
    // longer than the system's timeout for one push (5 s in the tests), then healthy again
    script().answer(token, ProviderScript.Answer.stall(java.time.Duration.ofSeconds(10)));
    registerDevice(user, Map.of("platform", "fcm", "token", token), 201);
    Spending.createBudget(user, "10.00", List.of(50));
    Spending.spend(user, "-6.00", "Slow Grocer");

    List<Deliveries.Row> rows = Deliveries.awaitSettled(user.userId(), 1, PATIENCE);
    assertEquals("sent", rows.get(0).status(), rows.toString());
    assertEquals(2, rows.get(0).attempts(), "the timed-out attempt, then the one that went through");
    List<ProviderRequest> got = script().await("fcm", token, 2, PATIENCE); // the stalled one is recorded late
    assertEquals(2, got.size());
    assertEquals(1, got.stream().filter(ProviderRequest::delivered).count(), "delivered once");
    assertTrue(got.get(1).at().isAfter(got.get(0).at()));
  }

  // --- helpers

  private static final java.time.Duration PATIENCE = java.time.Duration.ofSeconds(90);

  private static ProviderScript script() {
    return IntegrationEnvironment.get().providerRequests();
  }

  private static ProviderRequest single(String provider, String key) {
    List<ProviderRequest> got = script().requests(provider, key);
    assertEquals(1, got.size(), provider + " requests for " + key + ": " + got);
    return got.get(0);
  }

  static String apnsToken() {
    return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
  }

  private static void channels(ApiClient.Session user, List<String> budget) {
    authorized(user.accessToken()).body(Map.of("channels", Map.of("budget", budget)))
        .put("/api/v1/notifications/preferences").then().statusCode(200);
  }

  static JsonPath registerDevice(ApiClient.Session user, Map<String, ?> body, int status) {
    return authorized(user.accessToken()).body(body).post("/api/v1/notifications/devices").then().statusCode(status)
        .extract().jsonPath();
  }

  private static int devicesOf(String userId) throws Exception {
    try (Connection c = DriverManager.getConnection(IntegrationEnvironment.get().jdbcUrl());
        PreparedStatement q = c.prepareStatement("SELECT count(*) FROM notifications.device WHERE user_id = CAST(? AS uuid)")) {
      q.setString(1, userId);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }
}

package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.authorized;
import static com.duskspendr.web.blackbox.ApiClient.request;
import static com.duskspendr.web.blackbox.ApiClient.signedInUser;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Webhooks as an integrator uses them, against the running system and a receiver in the test JVM
 * (the system allows that receiver's one loopback origin, duskspendr.webhooks.allowed-private-origins,
 * and judges every other URL as by default; the guard in detail is TargetGuardTest's): signed deliveries verified as a receiver would, retries until the
 * target recovers, the delivery log, redelivery, ping, 410 disabling, validation and isolation.
 */
class WebhooksApiIT {

  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private static final Duration TOLERANCE = Duration.ofMinutes(5);

  private final WebhookReceiver receiver = WebhookReceiver.get();

  @Test
  void aBudgetAlertReachesTheWebhookSignedOnce() throws Exception {
    ApiClient.Session user = signedInUser();
    String url = receiver.newUrl();
    JsonPath created = register(user, url, List.of("budget"));
    String secret = created.getString("data.secret");
    assertTrue(secret.startsWith("whsec_"));
    Spending.createBudget(user, "100.00", List.of(80));
    Spending.spend(user, "-81.00", "Webhook Grocer");

    WebhookReceiver.Received got = receiver.await(url, 1, PATIENCE).get(0);
    assertTrue(WebhookReceiver.verify(got, secret, TOLERANCE), "the signature verifies with the secret");
    assertFalse(WebhookReceiver.verify(got, "whsec_wrong", TOLERANCE), "and not with another");
    JsonPath body = JsonPath.from(got.body());
    assertEquals("budget", body.getString("type"));
    assertEquals(1, body.getInt("version"));
    assertEquals("80", body.getString("data.threshold"));
    assertEquals("81.00", body.getString("data.spent"));
    assertEquals(body.getString("id"), got.eventId());
    Instant.parse(body.getString("occurredAt"));

    String id = created.getString("data.id");
    JsonPath log = awaitLog(user, id, l -> "sent".equals(l.getString("data[0].status")));
    assertEquals(1, log.getList("data").size());
    assertEquals(200, log.getInt("data[0].responseCode"));
    assertEquals(1, log.getInt("data[0].attempts"));
    Thread.sleep(3000);
    assertEquals(1, receiver.requests(url).size(), "exactly once");
  }

  @Test
  void aTargetThatFailsThreeTimesThenRecoversGetsTheDeliveryWithItsIdUnchanged() throws Exception {
    ApiClient.Session user = signedInUser();
    String url = receiver.newUrl();
    receiver.answer(url, 500, 503, 502);
    String id = register(user, url, List.of("anomaly")).getString("data.id");
    authorized(user.accessToken()).post("/api/v1/webhooks/" + id + "/ping").then().statusCode(202)
        .body("data.status", equalTo("pending"));

    List<WebhookReceiver.Received> got = receiver.await(url, 4, PATIENCE);
    assertEquals(1, got.stream().map(WebhookReceiver.Received::eventId).distinct().count(), "one id on every attempt");
    assertEquals("ping", JsonPath.from(got.get(3).body()).getString("type"));
    JsonPath log = awaitLog(user, id, l -> "sent".equals(l.getString("data[0].status")));
    assertEquals(4, log.getInt("data[0].attempts"));
    assertEquals(200, log.getInt("data[0].responseCode"));
    assertTrue(got.get(3).at().isAfter(got.get(0).at()), "retried later, not at once");
    Thread.sleep(2000);
    assertEquals(4, receiver.requests(url).size(), "and not again once delivered");

    String deliveryId = log.getString("data[0].id");
    authorized(user.accessToken()).post("/api/v1/webhooks/" + id + "/deliveries/" + deliveryId + "/redeliver")
        .then().statusCode(202);
    receiver.await(url, 5, PATIENCE);
  }

  @Test
  void aReceiverAnsweringGoneDisablesTheWebhook() throws Exception {
    ApiClient.Session user = signedInUser();
    String url = receiver.newUrl();
    receiver.answer(url, 410);
    String id = register(user, url, List.of("budget")).getString("data.id");
    authorized(user.accessToken()).post("/api/v1/webhooks/" + id + "/ping").then().statusCode(202);
    awaitLog(user, id, l -> "failed".equals(l.getString("data[0].status")));
    authorized(user.accessToken()).get("/api/v1/webhooks/" + id).then().statusCode(200)
        .body("data.enabled", equalTo(false))
        .body("data.disabledReason", org.hamcrest.Matchers.containsString("410"));
    // and its owner is told, in the inbox (and by mail: a security notification)
    Instant deadline = Instant.now().plus(PATIENCE);
    JsonPath inbox = inbox(user);
    while (inbox.getList("data").isEmpty() && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      inbox = inbox(user);
    }
    assertEquals(1, inbox.getList("data").size(), inbox.prettify());
    assertEquals("A webhook was disabled", inbox.getString("data[0].title"));
    assertEquals("security", inbox.getString("data[0].type"));
    assertEquals(id, inbox.getString("data[0].data.webhookId"));
    Mailbox.await(user.email(), 2, PATIENCE); // the verification mail, then the notice
    authorized(user.accessToken()).body(Map.of("enabled", true)).patch("/api/v1/webhooks/" + id).then().statusCode(200)
        .body("data.enabled", equalTo(true)).body("data.disabledReason", nullValue());
  }

  @Test
  void webhooksAreCheckedListedChangedAndDeleted() {
    ApiClient.Session user = signedInUser();
    String url = receiver.newUrl();
    String id = register(user, url, List.of("budget")).getString("data.id");
    authorized(user.accessToken()).get("/api/v1/webhooks").then().statusCode(200)
        .body("data.id", equalTo(List.of(id)))
        .body("data[0].secret", nullValue())
        .body("data[0].events", equalTo(List.of("budget")));
    authorized(user.accessToken()).body(Map.of("events", List.of("anomaly", "large_transaction")))
        .patch("/api/v1/webhooks/" + id).then().statusCode(200)
        .body("data.events", equalTo(List.of("anomaly", "large_transaction")))
        .body("data.url", equalTo(url));

    Map<String, Object> bad = new HashMap<>();
    bad.put("url", "ftp://example.com/hook");
    bad.put("events", List.of("budget", "weather"));
    authorized(user.accessToken()).body(bad).post("/api/v1/webhooks").then().statusCode(400)
        .body("error.code", equalTo("VALIDATION_ERROR"))
        .body("error.details.field", hasItems("url", "events[1]"));
    authorized(user.accessToken()).body(Map.of("url", url, "events", List.of())).post("/api/v1/webhooks")
        .then().statusCode(400).body("error.details.field", hasItems("events"));
    authorized(user.accessToken()).body(Map.of("events", List.of("budget"))).post("/api/v1/webhooks")
        .then().statusCode(400).body("error.details.field", hasItems("url"));
    authorized(user.accessToken()).body(Map.of("url", "https://user:pw@example.com/", "events", List.of("budget")))
        .post("/api/v1/webhooks").then().statusCode(400);
    authorized(user.accessToken()).body("{\"url\": 5}").post("/api/v1/webhooks").then().statusCode(400);

    authorized(user.accessToken()).delete("/api/v1/webhooks/" + id).then().statusCode(204);
    authorized(user.accessToken()).get("/api/v1/webhooks/" + id).then().statusCode(404);
    authorized(user.accessToken()).get("/api/v1/webhooks/not-a-uuid").then().statusCode(404);
    request().get("/api/v1/webhooks").then().statusCode(401);
  }

  @Test
  void noUserSeesOrTouchesAnothersWebhooks() throws Exception {
    ApiClient.Session alice = signedInUser();
    ApiClient.Session bob = signedInUser();
    String url = receiver.newUrl();
    String id = register(alice, url, List.of("budget")).getString("data.id");
    authorized(alice.accessToken()).post("/api/v1/webhooks/" + id + "/ping").then().statusCode(202);
    String deliveryId = awaitLog(alice, id, l -> "sent".equals(l.getString("data[0].status"))).getString("data[0].id");

    authorized(bob.accessToken()).get("/api/v1/webhooks").then().statusCode(200).body("data", org.hamcrest.Matchers.hasSize(0));
    authorized(bob.accessToken()).get("/api/v1/webhooks/" + id).then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
    authorized(bob.accessToken()).body(Map.of("enabled", false)).patch("/api/v1/webhooks/" + id).then().statusCode(404);
    authorized(bob.accessToken()).get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(404);
    authorized(bob.accessToken()).post("/api/v1/webhooks/" + id + "/ping").then().statusCode(404);
    authorized(bob.accessToken()).post("/api/v1/webhooks/" + id + "/deliveries/" + deliveryId + "/redeliver")
        .then().statusCode(404);
    String bobs = register(bob, receiver.newUrl(), List.of("budget")).getString("data.id");
    authorized(bob.accessToken()).post("/api/v1/webhooks/" + bobs + "/deliveries/" + deliveryId + "/redeliver")
        .then().statusCode(404);
    authorized(bob.accessToken()).delete("/api/v1/webhooks/" + id).then().statusCode(404);

    authorized(alice.accessToken()).get("/api/v1/webhooks/" + id).then().statusCode(200).body("data.enabled", equalTo(true));
    Thread.sleep(1000);
    assertEquals(1, receiver.requests(url).size(), "bob's attempts sent nothing");
  }

  @Test
  void aWebhookAtALoopbackOrMetadataAddressIsRefused() {
    ApiClient.Session user = signedInUser();
    for (String url : List.of("http://127.0.0.1/hooks/x", "https://127.0.0.1/hooks/x",
        "http://169.254.169.254/latest/meta-data/", "https://169.254.169.254/latest/meta-data/",
        "https://[::ffff:127.0.0.1]/", "https://localhost:" + java.net.URI.create(receiver.newUrl()).getPort() + "/")) {
      authorized(user.accessToken()).body(Map.of("url", url, "events", List.of("budget"))).post("/api/v1/webhooks")
          .then().statusCode(400)
          .body("error.code", equalTo("VALIDATION_ERROR"))
          .body("error.details.field", hasItems("url"));
    }
    String id = register(user, receiver.newUrl(), List.of("budget")).getString("data.id");
    authorized(user.accessToken()).body(Map.of("url", "http://169.254.169.254/latest/meta-data/"))
        .patch("/api/v1/webhooks/" + id).then().statusCode(400).body("error.details.field", hasItems("url"));
    authorized(user.accessToken()).get("/api/v1/webhooks").then().statusCode(200).body("data", org.hamcrest.Matchers.hasSize(1));
  }

  // --- helpers

  private static JsonPath register(ApiClient.Session user, String url, List<String> events) {
    return authorized(user.accessToken()).body(Map.of("url", url, "events", events)).post("/api/v1/webhooks")
        .then().statusCode(201).extract().jsonPath();
  }

  private static JsonPath awaitLog(ApiClient.Session user, String id, Predicate<JsonPath> done) throws InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    JsonPath log = log(user, id);
    while (!done.test(log) && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      log = log(user, id);
    }
    if (!done.test(log)) {
      throw new AssertionError("the delivery log did not get there: " + log.prettify());
    }
    return log;
  }

  private static JsonPath inbox(ApiClient.Session user) {
    return authorized(user.accessToken()).get("/api/v1/notifications").then().statusCode(200).extract().jsonPath();
  }

  private static JsonPath log(ApiClient.Session user, String id) {
    return authorized(user.accessToken()).get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200)
        .extract().jsonPath();
  }
}

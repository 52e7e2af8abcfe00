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
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.messaging.Destinations;
import com.duskspendr.platform.messaging.EventEnvelope;
import com.duskspendr.platform.messaging.EventHeaders;
import com.duskspendr.platform.messaging.EventMessages;
import com.duskspendr.transactions.events.BudgetThresholdCrossed;
import com.duskspendr.web.it.IntegrationEnvironment;
import com.duskspendr.web.it.ProviderRequest;
import com.duskspendr.web.it.ProviderScript;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Topic;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Notifications as the app and the user's mailbox see them, against the running system: spending through
 * the API past a budget's threshold alerts exactly once on each configured channel (the inbox, and a mail
 * the test's SMTP server receives), quiet hours hold mail back, anomalies and large payments alert,
 * settings are validated, the inbox pages and marks, no user sees another's, and deletion erases.
 */
class NotificationsApiIT {

  private static final Duration PATIENCE = Duration.ofSeconds(90);

  @Test
  void spendingPastEightyPercentOfABudgetAlertsExactlyOnceOnEachChannel() throws Exception {
    ApiClient.Session user = signedInUser();
    String phone = newPhoneNumber();
    Map<String, Object> settings = new HashMap<>();
    settings.put("channels", Map.of("budget", List.of("in_app", "email", "webhook", "push", "sms")));
    settings.put("phoneNumber", phone);
    authorized(user.accessToken()).body(settings).put("/api/v1/notifications/preferences").then().statusCode(200)
        .body("data.phoneNumber", equalTo(phone));
    smsOn(user);
    WebhookReceiver receiver = WebhookReceiver.get();
    String hook = receiver.newUrl();
    String secret = authorized(user.accessToken()).body(Map.of("url", hook, "events", List.of("budget")))
        .post("/api/v1/webhooks").then().statusCode(201).extract().path("data.secret");
    WebPushSubscriber browser = WebPushSubscriber.create(IntegrationEnvironment.get().providers().newPushEndpoint());
    PushApiIT.registerDevice(user, Map.of("platform", "webpush", "subscription", browser.json()), 201);
    String fcmToken = "fcm-e2e-" + UUID.randomUUID();
    PushApiIT.registerDevice(user, Map.of("platform", "fcm", "token", fcmToken), 201);
    String apnsToken = PushApiIT.apnsToken();
    PushApiIT.registerDevice(user, Map.of("platform", "apns", "token", apnsToken), 201);
    createBudget(user, "100.00", List.of(80, 100));

    try (EventStream stream = EventStream.open(user.accessToken(), null)) {
      assertEquals(200, stream.status());
      spend(user, "-50.00");
      spend(user, "-35.00"); // 85 of 100: past 80, not 100

      EventStream.Event live = stream.next(PATIENCE);
      assertTrue(live != null, "the alert reached the open stream");
      // email, webhook, three devices, SMS: once none is pending, nothing more goes out for this alert
      List<Deliveries.Row> rows = Deliveries.awaitSettled(user.userId(), 6, PATIENCE);
      assertEquals(6, rows.size(), rows.toString());
      assertTrue(rows.stream().allMatch(r -> r.status().equals("sent")), rows.toString());
      awaitAlertMails(user, 1, PATIENCE);
      receiver.await(hook, 1, PATIENCE);
      assertEquals(null, stream.next(Duration.ofSeconds(1)), "one event on the stream");

      JsonPath inbox = inbox(user, "");
      assertEquals(1, inbox.getList("data").size(), "one inbox entry");
      String id = inbox.getString("data[0].id");
      String title = inbox.getString("data[0].title");
      assertEquals(id, live.id());
      assertEquals("budget", inbox.getString("data[0].type"));
      assertEquals("80", inbox.getString("data[0].data.threshold"));
      assertEquals("85.00", inbox.getString("data[0].data.spent"));
      assertEquals("100.00", inbox.getString("data[0].data.limit"));
      assertEquals(1, inbox.getInt("meta.unreadCount"));

      List<MimeMessage> mails = alertMails(user);
      assertEquals(1, mails.size(), "one mail");
      MimeMessage mail = mails.get(0);
      assertEquals(title, mail.getSubject());
      assertTrue(mail.isMimeType("multipart/alternative"));
      assertTrue(Mailbox.part(mail, "text/plain").contains("85.00 USD of 100.00 USD"));
      assertTrue(Mailbox.part(mail, "text/html").contains("<h1"));
      assertEquals("alerts@duskspendr.test", ((jakarta.mail.internet.InternetAddress) mail.getFrom()[0]).getAddress());

      List<WebhookReceiver.Received> posts = receiver.requests(hook);
      assertEquals(1, posts.size(), "one webhook delivery");
      assertTrue(WebhookReceiver.verify(posts.get(0), secret, Duration.ofMinutes(5)), "signed with the secret");
      assertEquals(id, JsonPath.from(posts.get(0).body()).getString("id"));

      ProviderScript providers = IntegrationEnvironment.get().providerRequests();
      List<ProviderRequest> pushes = providers.requests("webpush", java.net.URI.create(browser.endpoint()).getPath());
      assertEquals(1, pushes.size(), "one Web Push");
      assertEquals(id, JsonPath.from(browser.decrypt(pushes.get(0).body())).getString("id"));
      List<ProviderRequest> fcm = providers.requests("fcm", fcmToken);
      assertEquals(1, fcm.size(), "one FCM message");
      assertEquals(title, JsonPath.from(fcm.get(0).text()).getString("message.notification.title"));
      List<ProviderRequest> apns = providers.requests("apns", apnsToken);
      assertEquals(1, apns.size(), "one APNs push");
      assertEquals(id, apns.get(0).header("apns-id"));
      List<ProviderRequest> sms = alertTexts(phone);
      assertEquals(1, sms.size(), "one SMS");
      List<ProviderRequest> allTexts = providers.await("sms", phone, 2, PATIENCE);
      assertEquals(2, allTexts.size(), "the alert, and before it the notice that the number is new");
      assertTrue(allTexts.get(0).text().contains("Reply+STOP"), allTexts.get(0).text());
      assertTrue(sms.get(0).text().contains("Body=DuskSpendr"), sms.get(0).text());
      for (ProviderRequest r : List.of(pushes.get(0), fcm.get(0), apns.get(0), sms.get(0))) {
        assertTrue(r.delivered(), r.provider() + " took it as well formed: " + r.problem());
      }
    }
  }

  @Test
  void aConnectedAppHearsOfANewAlertAndAReconnectionReplaysWhatItMissed() throws Exception {
    ApiClient.Session alice = signedInUser();
    ApiClient.Session bob = signedInUser();
    createBudget(alice, "100.00", List.of(50, 90));
    String first;
    try (EventStream stream = EventStream.open(alice.accessToken(), null);
        EventStream others = EventStream.open(bob.accessToken(), null)) {
      assertEquals(200, stream.status());
      spend(alice, "-60.00");
      EventStream.Event event = stream.next(PATIENCE);
      assertTrue(event != null, "the alert reached the open stream");
      assertEquals("notification", event.name());
      JsonPath data = JsonPath.from(event.data());
      assertEquals(event.id(), data.getString("id"));
      assertEquals("budget", data.getString("type"));
      assertEquals("50", data.getString("data.threshold"));
      first = event.id();
      assertEquals(null, others.next(Duration.ofSeconds(2)), "another user's stream hears nothing of it");
    }
    // While the app is away, the next threshold is crossed; reconnecting with Last-Event-ID replays it.
    spend(alice, "-35.00");
    awaitInbox(alice, page -> page.getList("data").size() == 2);
    try (EventStream again = EventStream.open(alice.accessToken(), first)) {
      EventStream.Event missed = again.next(PATIENCE);
      assertTrue(missed != null, "the missed alert is replayed");
      assertEquals("90", JsonPath.from(missed.data()).getString("data.threshold"));
      assertEquals(null, again.next(Duration.ofSeconds(2)), "and only it");
    }
    try (EventStream anonymous = EventStream.open(null, null)) {
      assertEquals(401, anonymous.status());
    }
  }

  @Test
  void aSignInFromANewDeviceAlertsAtOnceEvenInQuietHoursAndSoDoesClosingASession() throws Exception {
    ApiClient.Session user = signedInUser(); // "Test phone"
    LocalTime now = LocalTime.now(ZoneOffset.UTC);
    authorized(user.accessToken())
        .body(Map.of("quietHours", Map.of("start", now.minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString(),
            "end", now.plusHours(2).truncatedTo(ChronoUnit.MINUTES).toString())))
        .put("/api/v1/notifications/preferences").then().statusCode(200);
    String laptop = ApiClient.login(user.email(), PASSWORD, "Work laptop").then().statusCode(200)
        .extract().path("data.accessToken");

    JsonPath inbox = awaitInbox(user, page -> page.getList("data").size() == 1);
    assertEquals("security", inbox.getString("data[0].type"));
    assertEquals(true, inbox.getBoolean("data[0].urgent"));
    assertEquals("New sign-in on Work laptop", inbox.getString("data[0].title"));
    MimeMessage mail = awaitAlertMails(user, 1, PATIENCE).get(0); // security mail is on by default
    assertEquals("New sign-in on Work laptop", mail.getSubject());

    String laptopSession = authorized(user.accessToken()).get("/api/v1/auth/sessions").then().statusCode(200)
        .extract().jsonPath().getList("data", Map.class).stream()
        .filter(s -> "Work laptop".equals(s.get("deviceName"))).map(s -> (String) s.get("id")).findFirst().orElseThrow();
    authorized(user.accessToken()).delete("/api/v1/auth/sessions/" + laptopSession).then().statusCode(204);
    inbox = awaitInbox(user, page -> page.getList("data").size() == 2);
    assertEquals("A device was signed out", inbox.getString("data[0].title"));
    ApiClient.login(user.email(), PASSWORD, "Test phone").then().statusCode(200);
    Thread.sleep(3000);
    assertEquals(2, inbox(user, "").getList("data").size(), "a sign-in on a known device alerts nobody");
    assertTrue(laptop != null);
  }

  @Test
  void aRedeliveredBudgetCrossingAlertsOnceOnEachChannel() throws Exception {
    ApiClient.Session user = signedInUser();
    String phone = newPhoneNumber();
    Map<String, Object> settings = new HashMap<>();
    settings.put("channels", Map.of("budget", List.of("in_app", "email", "push", "sms")));
    settings.put("phoneNumber", phone);
    authorized(user.accessToken()).body(settings).put("/api/v1/notifications/preferences").then().statusCode(200);
    smsOn(user);
    String fcmToken = "fcm-twice-" + UUID.randomUUID();
    PushApiIT.registerDevice(user, Map.of("platform", "fcm", "token", fcmToken), 201);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    EventEnvelope crossed = EventEnvelope.of(BudgetThresholdCrossed.EVENT, new AccountId(UUID.fromString(user.userId())),
        Instant.now(), new BudgetThresholdCrossed(1, UUID.randomUUID(), "travel", 80, "80.00", "100.00", "USD",
            today.withDayOfMonth(1), today.withDayOfMonth(today.lengthOfMonth())));
    // Twice, the copy under a fresh broker duplicate id: only the consumer's idempotency can stop it.
    try (JMSContext jms = new ActiveMQConnectionFactory(IntegrationEnvironment.get().brokerUrl()).createContext()) {
      JMSProducer producer = jms.createProducer();
      Topic topic = jms.createTopic(Destinations.DOMAIN_EVENTS_TOPIC_ADDRESS);
      EventMessages.send(producer, topic, crossed);
      producer.setProperty(EventHeaders.BROKER_DUPLICATE_ID, UUID.randomUUID().toString());
      producer.send(topic, crossed.payload());
    }
    awaitInbox(user, page -> page.getList("data").size() >= 1);
    awaitAlertMails(user, 1, PATIENCE);
    List<Deliveries.Row> rows = Deliveries.awaitSettled(user.userId(), 3, PATIENCE);
    Thread.sleep(3000); // the copy, should it have slipped through, would be in by now: count again
    rows = Deliveries.awaitSettled(user.userId(), 3, PATIENCE);
    assertEquals(List.of("email", "push", "sms"), rows.stream().map(Deliveries.Row::channel).toList(), "one delivery per channel");
    assertEquals(1, inbox(user, "").getList("data").size());
    assertEquals(1, alertMails(user).size());
    ProviderScript providers = IntegrationEnvironment.get().providerRequests();
    assertEquals(1, providers.requests("fcm", fcmToken).size(), "one push");
    assertEquals(1, alertTexts(phone).size(), "one SMS");
  }

  @Test
  void duringQuietHoursMailPushAndSmsWaitUntilTheyEnd() throws Exception {
    ApiClient.Session user = signedInUser();
    // Quiet from an hour ago until the start of the minute after next (in UTC, the profile's default zone).
    LocalTime now = LocalTime.now(ZoneOffset.UTC);
    LocalTime end = now.truncatedTo(ChronoUnit.MINUTES).plusMinutes(2);
    String phone = newPhoneNumber();
    Map<String, Object> body = new HashMap<>();
    body.put("channels", Map.of("budget", List.of("in_app", "email", "push", "sms")));
    body.put("quietHours", Map.of("start", now.minusHours(1).truncatedTo(ChronoUnit.MINUTES).toString(),
        "end", end.toString()));
    body.put("phoneNumber", phone);
    authorized(user.accessToken()).body(body).put("/api/v1/notifications/preferences").then().statusCode(200)
        .body("data.quietHours.end", equalTo(end.toString()));
    smsOn(user);
    String fcmToken = "fcm-quiet-" + UUID.randomUUID();
    PushApiIT.registerDevice(user, Map.of("platform", "fcm", "token", fcmToken), 201);
    createBudget(user, "10.00", List.of(80));
    spend(user, "-9.00");

    awaitInbox(user, page -> page.getList("data").size() == 1); // in-app entries are silent: at once
    ProviderScript providers = IntegrationEnvironment.get().providerRequests();
    Instant ends = LocalDate.now(ZoneOffset.UTC).atTime(end).toInstant(ZoneOffset.UTC);
    if (ends.isBefore(Instant.now().minus(Duration.ofHours(1)))) {
      ends = ends.plus(Duration.ofDays(1)); // the window wrapped midnight
    }
    // planned, and due when the quiet hours end
    List<Deliveries.Row> planned = Deliveries.of(user.userId());
    assertEquals(List.of("email", "push", "sms"), planned.stream().map(Deliveries.Row::channel).toList(), planned.toString());
    if (Instant.now().isBefore(ends.minusSeconds(5))) {
      assertTrue(planned.stream().allMatch(r -> r.status().equals("pending") && r.attempts() == 0), planned.toString());
      assertEquals(0, alertMails(user).size(), "no mail during quiet hours");
      assertEquals(0, providers.requests("fcm", fcmToken).size(), "no push during quiet hours");
      assertEquals(0, alertTexts(phone).size(), "no SMS during quiet hours");
    }
    List<Deliveries.Row> rows = Deliveries.awaitSettled(user.userId(), 3, Duration.ofMinutes(4));
    assertTrue(rows.stream().allMatch(r -> r.status().equals("sent")), rows.toString());
    assertTrue(!Instant.now().isBefore(ends), "they went once the quiet hours ended at " + ends);
    assertEquals(1, awaitAlertMails(user, 1, PATIENCE).size());
    List<ProviderRequest> pushes = providers.requests("fcm", fcmToken);
    assertEquals(1, pushes.size());
    assertTrue(!pushes.get(0).at().isBefore(ends), "pushed at " + pushes.get(0).at() + ", after " + ends);
    List<ProviderRequest> texts = alertTexts(phone);
    assertEquals(1, texts.size());
    assertTrue(!texts.get(0).at().isBefore(ends), "texted at " + texts.get(0).at() + ", after " + ends);
  }

  @Test
  void aDuplicateChargeAndALargePaymentAlert() throws Exception {
    ApiClient.Session user = signedInUser();
    Map<String, Object> body = new HashMap<>();
    body.put("largeTransactionThreshold", Map.of("amount", "500", "currency", "USD"));
    authorized(user.accessToken()).body(body).put("/api/v1/notifications/preferences").then().statusCode(200)
        .body("data.largeTransactionThreshold.amount", equalTo("500.00"));

    spend(user, "-499.99"); // below the threshold
    spend(user, "-42.00", "Corner Cafe");
    spend(user, "-42.00", "Corner Cafe"); // the same charge twice: a likely duplicate
    spend(user, "-650.00", "Big Purchase");

    JsonPath inbox = awaitInbox(user, page -> page.getList("data.type").containsAll(List.of("anomaly", "large_transaction")));
    Thread.sleep(3000);
    inbox = inbox(user, "");
    List<String> types = inbox.getList("data.type");
    assertEquals(1, types.stream().filter("large_transaction"::equals).count(), "only the payment above 500: " + types);
    assertTrue(inbox.getList("data.data.amount").contains("-650.00"));
    assertTrue(inbox.getList("data.data.kind").contains("duplicate_charge"), inbox.prettify());
  }

  @Test
  void theInboxPagesNewestFirstFiltersUnreadAndMarksRead() throws Exception {
    ApiClient.Session user = signedInUser();
    createBudget(user, "100.00", List.of(10, 20, 30, 40));
    spend(user, "-45.00"); // crosses all four thresholds at once
    awaitInbox(user, page -> page.getList("data").size() == 4);

    JsonPath first = inbox(user, "?limit=3");
    assertEquals(3, first.getList("data").size());
    assertEquals(4, first.getInt("meta.unreadCount"));
    String cursor = first.getString("meta.nextCursor");
    JsonPath second = inbox(user, "?limit=3&cursor=" + cursor);
    assertEquals(1, second.getList("data").size());
    assertEquals(null, second.getString("meta.nextCursor"));
    List<String> all = new java.util.ArrayList<>(first.getList("data.id"));
    all.addAll(second.getList("data.id"));
    assertEquals(4, all.stream().distinct().count(), "pages neither overlap nor skip");
    List<String> created = new java.util.ArrayList<>(first.getList("data.createdAt"));
    created.addAll(second.getList("data.createdAt"));
    for (int i = 1; i < created.size(); i++) {
      assertTrue(Instant.parse(created.get(i - 1)).compareTo(Instant.parse(created.get(i))) >= 0, "newest first");
    }

    String id = all.get(0);
    authorized(user.accessToken()).post("/api/v1/notifications/" + id + "/read").then().statusCode(200)
        .body("data.read", equalTo(true));
    JsonPath unread = inbox(user, "?unread=true");
    assertEquals(3, unread.getList("data").size());
    assertEquals(3, unread.getInt("meta.unreadCount"));
    assertTrue(!unread.getList("data.id").contains(id));

    authorized(user.accessToken()).post("/api/v1/notifications/read-all").then().statusCode(200)
        .body("data.marked", equalTo(3));
    assertEquals(0, inbox(user, "?unread=true").getList("data").size());

    authorized(user.accessToken()).delete("/api/v1/notifications/" + id).then().statusCode(204);
    authorized(user.accessToken()).delete("/api/v1/notifications/" + id).then().statusCode(404);
    assertEquals(3, inbox(user, "").getList("data").size());

    authorized(user.accessToken()).get("/api/v1/notifications?limit=0").then().statusCode(400)
        .body("error.code", equalTo("VALIDATION_ERROR")).body("error.details[0].field", equalTo("limit"));
    authorized(user.accessToken()).get("/api/v1/notifications?limit=abc").then().statusCode(400);
    authorized(user.accessToken()).get("/api/v1/notifications?unread=maybe").then().statusCode(400)
        .body("error.details[0].field", equalTo("unread"));
    authorized(user.accessToken()).get("/api/v1/notifications?cursor=not-a-cursor").then().statusCode(400)
        .body("error.details[0].field", equalTo("cursor"));
    authorized(user.accessToken()).post("/api/v1/notifications/not-a-uuid/read").then().statusCode(404);
  }

  @Test
  void noUserSeesOrChangesAnothersNotifications() throws Exception {
    ApiClient.Session alice = signedInUser();
    ApiClient.Session bob = signedInUser();
    createBudget(alice, "10.00", List.of(50));
    spend(alice, "-6.00");
    String id = awaitInbox(alice, page -> page.getList("data").size() == 1).getString("data[0].id");

    assertEquals(0, inbox(bob, "").getList("data").size());
    assertEquals(0, inbox(bob, "").getInt("meta.unreadCount"));
    authorized(bob.accessToken()).post("/api/v1/notifications/" + id + "/read").then().statusCode(404)
        .body("error.code", equalTo("NOT_FOUND"));
    authorized(bob.accessToken()).delete("/api/v1/notifications/" + id).then().statusCode(404);
    authorized(bob.accessToken()).post("/api/v1/notifications/read-all").then().statusCode(200)
        .body("data.marked", equalTo(0));
    authorized(bob.accessToken()).body(Map.of("channels", Map.of("budget", List.of()))).put("/api/v1/notifications/preferences")
        .then().statusCode(200);

    JsonPath mine = inbox(alice, "");
    assertEquals(1, mine.getInt("meta.unreadCount"), "still unread");
    authorized(alice.accessToken()).get("/api/v1/notifications/preferences").then().statusCode(200)
        .body("data.channels.budget", hasItems("in_app", "push"));
    request().get("/api/v1/notifications").then().statusCode(401);
    request().get("/api/v1/notifications/preferences").then().statusCode(401);
  }

  @Test
  void preferencesHaveSensibleDefaultsAndEveryInvalidFieldIsNamed() {
    ApiClient.Session user = signedInUser();
    authorized(user.accessToken()).get("/api/v1/notifications/preferences").then().statusCode(200)
        .body("data.channels.budget", hasItems("in_app", "push"))
        .body("data.channels.security", hasItems("in_app", "push", "email"))
        .body("data.channels.digest", hasItems("email"))
        .body("data.channels.budget", org.hamcrest.Matchers.not(hasItems("sms")))
        .body("data.channels.budget", org.hamcrest.Matchers.not(hasItems("email")))
        .body("data.quietHours", nullValue())
        .body("data.largeTransactionThreshold", nullValue())
        .body("data.digest", equalTo(true))
        .body("data.phoneNumber", nullValue());

    Map<String, Object> bad = new HashMap<>();
    bad.put("channels", Map.of("budget", List.of("in_app", "pigeon"), "gossip", List.of("email")));
    bad.put("quietHours", Map.of("start", "25:00", "end", "07:00"));
    bad.put("largeTransactionThreshold", Map.of("amount", "10.001", "currency", "USD"));
    bad.put("phoneNumber", "0151 1234567");
    authorized(user.accessToken()).body(bad).put("/api/v1/notifications/preferences").then().statusCode(400)
        .body("error.code", equalTo("VALIDATION_ERROR"))
        .body("error.details.field", hasItems("channels.budget[1]", "channels.gossip", "quietHours.start",
            "largeTransactionThreshold.amount", "phoneNumber"));
    authorized(user.accessToken()).body(Map.of("quietHours", Map.of("start", "22:00"))).put("/api/v1/notifications/preferences")
        .then().statusCode(400).body("error.details.field", hasItems("quietHours.end"));
    authorized(user.accessToken()).body(Map.of("digest", "yes")).put("/api/v1/notifications/preferences")
        .then().statusCode(400);
    authorized(user.accessToken()).body("{\"unknown\": 1}").put("/api/v1/notifications/preferences").then().statusCode(400);
    authorized(user.accessToken()).contentType("text/plain").body("x").put("/api/v1/notifications/preferences")
        .then().statusCode(415);

    Map<String, Object> good = new HashMap<>();
    good.put("channels", Map.of("budget", List.of("email"), "anomaly", List.of()));
    good.put("quietHours", Map.of("start", "22:00", "end", "07:00"));
    good.put("largeTransactionThreshold", Map.of("amount", 1000, "currency", "EUR"));
    good.put("digest", false);
    good.put("phoneNumber", "+4915112345678");
    authorized(user.accessToken()).body(good).put("/api/v1/notifications/preferences").then().statusCode(200);
    authorized(user.accessToken()).get("/api/v1/notifications/preferences").then().statusCode(200)
        .body("data.channels.budget", equalTo(List.of("email")))
        .body("data.channels.anomaly", hasSize(0))
        .body("data.channels.security", hasItems("email"))
        .body("data.quietHours.start", equalTo("22:00"))
        .body("data.quietHours.end", equalTo("07:00"))
        .body("data.largeTransactionThreshold.amount", equalTo("1000.00"))
        .body("data.largeTransactionThreshold.currency", equalTo("EUR"))
        .body("data.digest", equalTo(false))
        .body("data.phoneNumber", equalTo("+4915112345678"));
  }

  @Test
  void registeringATakenAddressMailsItsOwner() throws Exception {
    ApiClient.Session owner = signedInUser();
    // The verification mail is sent after the commit, asynchronously: wait for it, or it could be taken for the warning.
    Mailbox.await(owner.email(), 1, PATIENCE);
    ApiClient.register(owner.email(), "another long passphrase 99").then().statusCode(202);
    List<MimeMessage> mails = Mailbox.await(owner.email(), 2, PATIENCE);
    List<String> subjects = new ArrayList<>();
    for (MimeMessage mail : mails) {
      subjects.add(mail.getSubject());
    }
    assertEquals(List.of("Confirm your DuskSpendr address", "Someone tried to register with your address"),
        subjects.stream().sorted().toList());
  }

  @Test
  void deletingTheAccountErasesItsNotifications() throws Exception {
    ApiClient.Session user = signedInUser();
    putChannels(user, Map.of("budget", List.of("in_app", "email")));
    createBudget(user, "10.00", List.of(50));
    spend(user, "-6.00");
    awaitInbox(user, page -> page.getList("data").size() == 1);
    awaitAlertMails(user, 1, PATIENCE);
    assertTrue(count("notifications.notification", user.userId()) == 1);
    assertTrue(count("notifications.delivery", user.userId()) >= 1);
    assertEquals(1, count("notifications.preference", user.userId()));

    authorized(user.accessToken()).body(Map.of("password", PASSWORD)).delete("/api/v1/users/me").then().statusCode(204);
    assertEquals(0, count("notifications.notification", user.userId()));
    assertEquals(0, count("notifications.delivery", user.userId()));
    assertEquals(0, count("notifications.preference", user.userId()));
  }

  // --- helpers

  /** A fresh number in the fictional 555-01xx range, so that each test's texts are its own. */
  @Test
  void theWeeklyDigestMailsLastWeeksSpendingByCategoryAndTheBudgetsOnceAndNotToWhoTurnedItOff() throws Exception {
    // The test system runs no digest timer and has the digest due from today 00:00 (IntegrationEnvironment):
    // the admin API runs it, for this test's users only.
    ApiClient.Session user = signedInUser();
    ApiClient.Session off = signedInUser();
    LocalDate lastWeek = LocalDate.now(ZoneOffset.UTC).minusDays(7); // always in the previous ISO week
    spendOn(user, lastWeek, "-42.50", "food_and_drink.groceries");
    spendOn(user, lastWeek, "-7.25", "transportation.parking");
    spendOn(user, LocalDate.now(ZoneOffset.UTC), "-99.99", "food_and_drink.groceries"); // this week: not in it
    createBudget(user, "300.00", List.of(80, 100));
    authorized(off.accessToken()).body(Map.of("digest", false)).put("/api/v1/notifications/preferences")
        .then().statusCode(200).body("data.digest", equalTo(false));
    spendOn(off, lastWeek, "-10.00", "food_and_drink.groceries");
    Map<String, Object> both = Map.of("accounts", List.of(user.userId(), off.userId()));

    authorized(user.accessToken()).body(both).post("/api/v1/admin/digests").then().statusCode(403);
    authorized(admin()).body(Map.of("accounts", List.of("not-an-id"))).post("/api/v1/admin/digests")
        .then().statusCode(400).body("error.details[0].field", equalTo("accounts"));
    authorized(admin()).body(both).post("/api/v1/admin/digests").then().statusCode(200)
        .body("data.planned", equalTo(1));

    List<MimeMessage> mails = awaitDigestMails(user);
    assertEquals(1, mails.size(), "one digest mail");
    MimeMessage mail = mails.get(0);
    assertEquals("Your week: " + lastWeek.with(DayOfWeek.MONDAY) + " to " + lastWeek.with(DayOfWeek.SUNDAY),
        mail.getSubject());
    String text = Mailbox.part(mail, "text/plain");
    String spending = text.substring(0, text.indexOf("Budgets:"));
    assertTrue(spending.contains("USD: 49.75 spent"), text);
    assertTrue(spending.contains("Food and drink: 42.50 USD"), text);
    assertTrue(spending.contains("Transportation: 7.25 USD"), text);
    assertTrue(!spending.contains("99.99"), "this week's spending is not last week's: " + text);
    // the budget's current month: today's payment, and last week's if last week was this month
    String budgetSpent = lastWeek.getMonth() == LocalDate.now(ZoneOffset.UTC).getMonth() ? "142.49" : "99.99";
    assertTrue(text.contains("Food and drink: " + budgetSpent + " of 300.00 USD (monthly"), text);
    String html = Mailbox.part(mail, "text/html");
    assertTrue(html.contains("<pre") && html.contains("Food and drink: 42.50 USD"), html);

    JsonPath inbox = inbox(user, "?limit=100");
    assertEquals(1, digests(inbox), inbox.prettify());
    assertEquals(0, digests(inbox(off, "?limit=100")), "the user who turned the digest off has none");
    assertTrue(Mailbox.to(off.email()).stream().noneMatch(NotificationsApiIT::isDigest), "and gets no mail");

    // a second run, as the timer's next one or another instance's: the week's digest was sent
    authorized(admin()).body(both).post("/api/v1/admin/digests").then().statusCode(200)
        .body("data.planned", equalTo(0));
    assertEquals(1, digests(inbox(user, "?limit=100")));
    assertEquals(1, digestDeliveries(user.userId()), "one mail delivery of one digest, ever");
  }

  static String newPhoneNumber() {
    return "+1202555" + String.format("%04d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10000));
  }

  /** The texts the local SMS provider received for the number, but the notice that it was set. */
  static List<ProviderRequest> alertTexts(String phone) {
    return IntegrationEnvironment.get().providerRequests().requests("sms", phone).stream()
        .filter(r -> !r.text().contains("Reply+STOP")).toList();
  }

  /** SMS is off in a new profile (it costs money per message): the user switches it on. */
  static void smsOn(ApiClient.Session user) {
    authorized(user.accessToken()).body(Map.of("preferences", Map.of("notifications", Map.of("sms", true))))
        .patch("/api/v1/users/me").then().statusCode(200);
  }

  private static void putChannels(ApiClient.Session user, Map<String, List<String>> channels) {
    authorized(user.accessToken()).body(Map.of("channels", channels)).put("/api/v1/notifications/preferences")
        .then().statusCode(200);
  }

  private static void createBudget(ApiClient.Session user, String amount, List<Integer> thresholds) {
    Spending.createBudget(user, amount, thresholds);
  }

  private static void spend(ApiClient.Session user, String amount) {
    Spending.spend(user, amount, "Grocer " + UUID.randomUUID().toString().substring(0, 8));
  }

  private static void spend(ApiClient.Session user, String amount, String merchant) {
    Spending.spend(user, amount, merchant);
  }

  private static void spendOn(ApiClient.Session user, LocalDate date, String amount, String categoryId) {
    authorized(user.accessToken())
        .body(Map.of("amount", amount, "currency", "USD", "date", date.toString(), "categoryId", categoryId,
            "merchantName", "Shop " + UUID.randomUUID().toString().substring(0, 8)))
        .post("/api/v1/transactions").then().statusCode(201);
  }

  private static String admin() {
    return ApiClient.login(IntegrationEnvironment.ADMIN_EMAIL, IntegrationEnvironment.ADMIN_PASSWORD, null)
        .then().statusCode(200).extract().path("data.accessToken");
  }

  private static boolean isDigest(MimeMessage mail) {
    try {
      return mail.getSubject() != null && mail.getSubject().startsWith("Your week: ");
    } catch (jakarta.mail.MessagingException e) {
      return false;
    }
  }

  private static List<MimeMessage> awaitDigestMails(ApiClient.Session user) throws InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    List<MimeMessage> got = Mailbox.to(user.email()).stream().filter(NotificationsApiIT::isDigest).toList();
    while (got.isEmpty() && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      got = Mailbox.to(user.email()).stream().filter(NotificationsApiIT::isDigest).toList();
    }
    return got;
  }

  private static long digests(JsonPath inbox) {
    return inbox.getList("data.type", String.class).stream().filter("digest"::equals).count();
  }

  private static int digestDeliveries(String userId) throws Exception {
    try (Connection c = DriverManager.getConnection(IntegrationEnvironment.get().jdbcUrl());
        PreparedStatement q = c.prepareStatement("SELECT count(*) FROM notifications.delivery d"
            + " JOIN notifications.notification n ON n.id = d.notification_id"
            + " WHERE n.user_id = CAST(? AS uuid) AND n.type = 'digest' AND d.channel = 'email'")) {
      q.setString(1, userId);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  /** Mail to the user other than the verification mail every new account gets. */
  private static List<MimeMessage> alertMails(ApiClient.Session user) {
    return Mailbox.to(user.email()).stream().filter(m -> {
      try {
        return !"Confirm your DuskSpendr address".equals(m.getSubject());
      } catch (jakarta.mail.MessagingException e) {
        return true;
      }
    }).toList();
  }

  private static List<MimeMessage> awaitAlertMails(ApiClient.Session user, int count, Duration timeout)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    List<MimeMessage> got = alertMails(user);
    while (got.size() < count && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      got = alertMails(user);
    }
    if (got.size() < count) {
      throw new AssertionError("expected " + count + " alert mail(s) to " + user.email() + ", got " + got.size());
    }
    return got;
  }

  private static JsonPath inbox(ApiClient.Session user, String query) {
    return authorized(user.accessToken()).get("/api/v1/notifications" + query).then().statusCode(200).extract().jsonPath();
  }

  private static JsonPath awaitInbox(ApiClient.Session user, Predicate<JsonPath> done) throws InterruptedException {
    Instant deadline = Instant.now().plus(PATIENCE);
    JsonPath page = inbox(user, "?limit=100");
    while (!done.test(page) && Instant.now().isBefore(deadline)) {
      Thread.sleep(250);
      page = inbox(user, "?limit=100");
    }
    if (!done.test(page)) {
      throw new AssertionError("the inbox did not get there within " + PATIENCE + ": " + page.prettify());
    }
    return page;
  }

  private static int count(String table, String userId) throws Exception {
    try (Connection c = DriverManager.getConnection(IntegrationEnvironment.get().jdbcUrl());
        PreparedStatement q = c.prepareStatement("SELECT count(*) FROM " + table + " WHERE user_id = CAST(? AS uuid)")) {
      q.setString(1, userId);
      try (ResultSet r = q.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }
}

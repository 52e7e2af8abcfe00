package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.authorized;
import static com.duskspendr.web.blackbox.ApiClient.signedInUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.messaging.Destinations;
import com.duskspendr.platform.messaging.EventEnvelope;
import com.duskspendr.platform.messaging.EventHeaders;
import com.duskspendr.platform.messaging.EventMessages;
import com.duskspendr.platform.messaging.EventType;
import com.duskspendr.server.DuskSpendrSystem;
import com.duskspendr.transactions.events.CategorizationRequested;
import com.duskspendr.transactions.events.TransactionRecorded;
import com.duskspendr.web.it.IntegrationEnvironment;
import com.duskspendr.web.it.WithIntegrationEnvironment;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The messaging contract seen from outside: consumers are idempotent by the event id (a message delivered
 * twice has one effect), relays on two instances share one outbox without sending any row twice, and a
 * request's W3C trace goes along with the messages it sets off.
 */
@ExtendWith(WithIntegrationEnvironment.class)
class MessagingContractIT {

  private static final int RELAYED_EVENTS = 10_000;
  private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

  private final IntegrationEnvironment environment = IntegrationEnvironment.get();
  private final ConnectionFactory broker = new ActiveMQConnectionFactory(environment.brokerUrl());

  @Test
  void aRedeliveredCategorizationRequestIsHandledOnce() throws Exception {
    ApiClient.Session user = signedInUser();
    String merchant = "Redelivery Probe " + UUID.randomUUID();
    String id = authorized(user.accessToken())
        .body(Map.of("amount", "-8.25", "date", TODAY, "merchantName", merchant))
        .post("/api/v1/transactions").then().statusCode(201).extract().path("data.id");
    // The model leaves an unknown merchant pending (with its suggestions): the categorizer has had its turn.
    JsonPath decided = awaitVersionAtLeast(user.accessToken(), id, 2);
    assertEquals("pending", decided.getString("data.categorization.status"));
    authorized(user.accessToken())
        .body(Map.of("pattern", merchant.toLowerCase(), "matchType", "exact", "categoryId", "food_and_drink.coffee"))
        .post("/api/v1/rules").then().statusCode(201);

    // The same request, delivered twice (as a broker redelivery or a relay's second send would).
    EventEnvelope request = EventEnvelope.of(CategorizationRequested.EVENT, new AccountId(UUID.fromString(user.userId())),
        Instant.now(), new CategorizationRequested(id, user.userId(), merchant, null, "-8.25", "USD"));
    sendTwice(Destinations.CATEGORIZATION_QUEUE_ADDRESS, false, request);

    JsonPath filed = CategorizationApiIT.awaitTransaction(
        user.accessToken(), id, t -> "rule".equals(t.getString("data.categorization.status")));
    Thread.sleep(1_500);
    JsonPath after = authorized(user.accessToken()).get("/api/v1/transactions/" + id).then().extract().jsonPath();
    assertEquals(filed.getLong("data.version"), after.getLong("data.version"), "the second delivery changed nothing");
    assertEquals(1, processedRows("ml.categorization", request.eventId()));
  }

  /**
   * W3C Trace Context across the broker: a create's trace id is answered, stored with its outbox rows, sent
   * as JMS properties, taken up by the categorization consumer and carried on what that publishes.
   */
  @Test
  void aRequestsTraceFollowsItThroughTheBrokerAndOutOfTheCategorizer() throws Exception {
    ApiClient.Session user = signedInUser();
    String traceId = UUID.randomUUID().toString().replace("-", "");
    String callerSpan = traceId.substring(0, 16);
    try (JMSContext jms = broker.createContext();
        JMSConsumer traced = jms.createConsumer(jms.createTopic(Destinations.DOMAIN_EVENTS_TOPIC_ADDRESS),
            "traceparent LIKE '00-" + traceId + "-%'")) {
      String answered = authorized(user.accessToken())
          .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
          .header("tracestate", "probe=1")
          .body(Map.of("amount", "-4.75", "date", TODAY, "merchantName", "POS 4417 STARBUCKS #1234 SEATTLE WA"))
          .post("/api/v1/transactions").then().statusCode(201).extract().header("traceresponse");
      assertTrue(answered.startsWith("00-" + traceId + "-"), answered);
      assertNotEquals(callerSpan, answered.split("-")[2], "the server's span is the caller's child");

      // the create's own event, and the one the categorizer publishes when it has filed the transaction
      java.util.Set<String> types = new java.util.HashSet<>();
      long deadline = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
      while (!types.containsAll(java.util.Set.of("TransactionRecorded", "TransactionChanged"))) {
        assertTrue(System.nanoTime() < deadline, "traced events seen: " + types);
        Message message = traced.receive(1_000);
        if (message != null) {
          types.add(message.getStringProperty(EventHeaders.TYPE));
          assertEquals(user.userId(), message.getStringProperty(EventHeaders.OWNER));
          assertEquals("probe=1", message.getStringProperty("tracestate"));
        }
      }
    }
    String started = authorized(user.accessToken()).get("/api/v1/users/me").then().statusCode(200)
        .extract().header("traceresponse");
    assertTrue(started.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01") && !started.contains(traceId), started);
  }

  @Test
  void aRedeliveredTransactionRecordedPublishesOneAnomaly() throws Exception {
    ApiClient.Session user = signedInUser();
    AccountId owner = new AccountId(UUID.fromString(user.userId()));
    authorized(user.accessToken())
        .body(Map.of("amount", "-41.00", "date", TODAY, "merchantName", "Twice Gym", "categoryId", "personal_care.gyms_and_fitness_centers"))
        .post("/api/v1/transactions").then().statusCode(201);
    // A second payment of the same amount the next instant is a duplicate charge; its event arrives twice.
    String duplicateId = UUID.randomUUID().toString();
    EventEnvelope recorded = EventEnvelope.of(TransactionRecorded.EVENT, owner, Instant.now(),
        new TransactionRecorded(user.userId(), duplicateId, 1, "-41.00", "USD", TODAY, "Twice Gym",
            "personal_care.gyms_and_fitness_centers"));

    try (JMSContext jms = broker.createContext();
        JMSConsumer anomalies = jms.createConsumer(jms.createTopic(Destinations.DOMAIN_EVENTS_TOPIC_ADDRESS),
            "eventType = 'AnomalyDetected' AND userId = '" + user.userId() + "'")) {
      sendTwice(Destinations.DOMAIN_EVENTS_TOPIC_ADDRESS, true, recorded);
      Message first = anomalies.receive(30_000);
      assertNotNull(first, "the duplicate charge is reported");
      assertEquals(duplicateId, JsonPath.from(first.getBody(String.class)).getString("transactionId"));
      assertNull(anomalies.receive(3_000), "and reported once, not once per delivery");
    }
    assertEquals(1, processedRows("ml.anomaly-detection", recorded.eventId()));
  }

  @Test
  void twoInstancesRelayingOneOutboxSendNoRowTwice() throws Exception {
    URI first = environment.systemBaseUri();
    awaitEmptyOutbox(first);
    try (DuskSpendrSystem second = environment.startSecondSystem()) {
      awaitEmptyOutbox(second.baseUri());
      // Counted from a quiet moment: the new instance's consumers may first take what waited on the broker.
      awaitQuietRelays(first, second.baseUri());
      long firstBefore = relayed(first);
      long secondBefore = relayed(second.baseUri());
      String type = "RelayProbe" + UUID.randomUUID().toString().replace("-", "");
      Map<String, Integer> byRelay = new HashMap<>();
      Map<String, String> firstCopy = new HashMap<>();
      java.util.List<String> duplicates = new java.util.ArrayList<>();
      int received = 0;
      try (JMSContext jms = broker.createContext();
          JMSConsumer consumer = jms.createConsumer(
              jms.createTopic(Destinations.DOMAIN_EVENTS_TOPIC_ADDRESS), "eventType = '" + type + "'")) {
        insertOutboxRows(type, RELAYED_EVENTS);
        Message message;
        // Everything that arrives, until nothing has for 10 s: a row sent twice would show as a second copy.
        while ((message = consumer.receive(10_000)) != null) {
          received++;
          String eventId = message.getStringProperty(EventHeaders.EVENT_ID);
          String copy = message.getStringProperty(EventHeaders.RELAYED_BY) + " " + message.getJMSMessageID()
              + (message.getJMSRedelivered() ? " redelivered" : "");
          String earlier = firstCopy.putIfAbsent(eventId, copy);
          if (earlier != null) {
            duplicates.add(eventId + ": " + earlier + " / " + copy);
          }
          byRelay.merge(message.getStringProperty(EventHeaders.RELAYED_BY), 1, Integer::sum);
        }
      }
      Set<String> eventIds = firstCopy.keySet();
      long sentByFirst = relayed(first) - firstBefore;
      long sentBySecond = relayed(second.baseUri()) - secondBefore;
      System.out.printf("Relayed %d rows: %d by the first instance, %d by the second (%s)%n",
          RELAYED_EVENTS, sentByFirst, sentBySecond, byRelay);
      assertEquals(List.of(), duplicates, "no event arrived twice");
      assertEquals(RELAYED_EVENTS, received);
      assertEquals(RELAYED_EVENTS, eventIds.size(), "every row arrived");
      assertEquals(RELAYED_EVENTS, sentByFirst + sentBySecond, "no relay sent a row another had sent");
      assertTrue(sentByFirst > 0 && sentBySecond > 0, "both instances relayed: " + byRelay);
      assertEquals(0, outboxRows(type));
    }
  }

  /**
   * Delivers the envelope twice, as a broker redelivery or a relay's second send would: the copy goes out
   * under a fresh broker duplicate id, so that the broker's own duplicate detection does not drop it and
   * only the consumer's idempotency stands between it and a second effect.
   */
  private void sendTwice(String address, boolean topic, EventEnvelope envelope) {
    try (JMSContext jms = broker.createContext()) {
      JMSProducer producer = jms.createProducer();
      jakarta.jms.Destination destination = topic ? jms.createTopic(address) : jms.createQueue(address);
      EventMessages.send(producer, destination, envelope);
      producer.setProperty(EventHeaders.BROKER_DUPLICATE_ID, UUID.randomUUID().toString());
      producer.send(destination, envelope.payload());
    }
  }

  private void insertOutboxRows(String type, int count) throws SQLException {
    EventType probe = EventType.domainEvent(type, 1, "it");
    try (Connection db = DriverManager.getConnection(environment.jdbcUrl());
        PreparedStatement insert = db.prepareStatement(
            "INSERT INTO platform.outbox (event_id, destination, event_type, event_version, publisher, owner_id,"
                + " occurred_at, payload) VALUES (?, ?, ?, 1, 'it', ?, ?, ?)")) {
      db.setAutoCommit(false);
      for (int i = 0; i < count; i++) {
        insert.setObject(1, UUID.randomUUID());
        insert.setString(2, probe.destination());
        insert.setString(3, type);
        insert.setObject(4, UUID.randomUUID());
        insert.setTimestamp(5, Timestamp.from(Instant.now()));
        insert.setString(6, "{\"n\":" + i + "}");
        insert.addBatch();
        if (i % 1_000 == 999) {
          insert.executeBatch();
          db.commit();
        }
      }
      insert.executeBatch();
      db.commit();
    }
  }

  private long outboxRows(String type) throws SQLException {
    return count("SELECT count(*) FROM platform.outbox WHERE event_type = ?", type);
  }

  private long processedRows(String consumer, UUID eventId) throws SQLException {
    try (Connection db = DriverManager.getConnection(environment.jdbcUrl());
        PreparedStatement query = db.prepareStatement(
            "SELECT count(*) FROM platform.processed_message WHERE consumer = ? AND event_id = ?")) {
      query.setString(1, consumer);
      query.setObject(2, eventId);
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  private long count(String sql, String parameter) throws SQLException {
    try (Connection db = DriverManager.getConnection(environment.jdbcUrl());
        PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, parameter);
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    }
  }

  private static JsonPath readiness(URI instance) {
    return RestAssured.given().baseUri(instance.toString()).get("/health/ready").then().statusCode(200)
        .extract().jsonPath();
  }

  private static long relayed(URI instance) {
    return readiness(instance).getLong("checks.find { it.name == 'broker' }.data.relayedSinceStart");
  }

  private static void awaitQuietRelays(URI first, URI second) throws InterruptedException {
    long last = -1;
    for (int i = 0; i < 120; i++) {
      long now = relayed(first) + relayed(second);
      if (now == last) {
        return;
      }
      last = now;
      Thread.sleep(2_000);
    }
    throw new AssertionError("the relays never went quiet");
  }

  private static void awaitEmptyOutbox(URI instance) throws InterruptedException {
    for (int i = 0; i < 120; i++) {
      if (readiness(instance).getLong("checks.find { it.name == 'broker' }.data.outboxPending") == 0) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the outbox did not drain: " + readiness(instance).prettify());
  }

  private static JsonPath awaitVersionAtLeast(String token, String id, long version) throws InterruptedException {
    // The first categorization of a fresh system loads the model: more patience than for later ones.
    return CategorizationApiIT.awaitTransaction(
        token, id, t -> t.getLong("data.version") >= version, java.time.Duration.ofSeconds(60));
  }
}

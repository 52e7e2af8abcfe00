package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.authorized;
import static com.duskspendr.web.blackbox.ApiClient.request;
import static com.duskspendr.web.blackbox.ApiClient.signedInUser;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.web.it.IntegrationEnvironment;
import com.duskspendr.web.it.WithIntegrationEnvironment;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The broker is not part of a write: with it stopped, creates answer 201 and readiness stays UP, saying
 * the broker is a degraded dependency and how much waits in the outbox; once it is back, everything the
 * writes produced is delivered, and each effect happens exactly once.
 */
@ExtendWith(WithIntegrationEnvironment.class)
class BrokerOutageIT {

  private static final int CREATES = 100;
  private static final String MERCHANT = "Outage Corner Cafe";

  @Test
  void writesKeepWorkingWhileTheBrokerIsDownAndEveryEffectHappensOnceAfterItReturns() throws Exception {
    IntegrationEnvironment environment = IntegrationEnvironment.get();
    ApiClient.Session user = signedInUser();
    authorized(user.accessToken())
        .body(Map.of("pattern", MERCHANT.toLowerCase(), "matchType", "exact", "categoryId", "food_and_drink.coffee"))
        .post("/api/v1/rules").then().statusCode(201);
    String clientId = "outage-it-" + UUID.randomUUID();
    String selector = "userId = '" + user.userId() + "'";
    ConnectionFactory factory = new ActiveMQConnectionFactory(environment.brokerUrl());
    // A durable subscription survives the broker's restart and holds what is published after it.
    try (JMSContext jms = factory.createContext()) {
      jms.setClientID(clientId);
      jms.createDurableConsumer(topic(jms), "events", selector, false).close();
    }

    List<String> created = new ArrayList<>();
    environment.stopBroker();
    try {
      JsonPath degraded = awaitReadiness(h -> "DOWN".equals(brokerData(h, "broker")), Duration.ofSeconds(60));
      assertEquals("UP", degraded.getString("status"), "readiness stays UP: writes still work");
      assertEquals(true, degraded.getBoolean("checks.find { it.name == 'broker' }.data.degraded"));
      assertEquals("UP", degraded.getString("checks.find { it.name == 'database' }.status"));

      String today = LocalDate.now(ZoneOffset.UTC).toString();
      for (int i = 0; i < CREATES; i++) {
        Map<String, Object> body = new HashMap<>(Map.of("amount", "-" + (3 + i % 7) + ".50", "date", today, "merchantName", MERCHANT));
        created.add(authorized(user.accessToken()).body(body).post("/api/v1/transactions")
            .then().statusCode(201).body("data.categorization.status", equalTo("pending"))
            .extract().path("data.id"));
      }
      // Edits, imports and sync pushes work too.
      String manual = authorized(user.accessToken())
          .body(Map.of("amount", "-20.00", "date", today, "merchantName", "Chosen Grocer", "categoryId", "food_and_drink.groceries"))
          .post("/api/v1/transactions").then().statusCode(201).extract().path("data.id");
      authorized(user.accessToken()).header("If-Match", "\"1\"").body(Map.of("notes", "written while the broker was down"))
          .patch("/api/v1/transactions/" + manual).then().statusCode(200);
      authorized(user.accessToken()).contentType("text/csv")
          .body(("Date,Merchant,Amount\n" + today + "," + MERCHANT + ",-4.10\n" + today + "," + MERCHANT + ",-5.20\n")
              .getBytes(StandardCharsets.UTF_8))
          .post("/api/v1/transactions/import").then().statusCode(200).body("data.imported", equalTo(2));
      Map<String, Object> pushed = Map.of("entity", "transaction", "op", "upsert", "id", UUID.randomUUID().toString(),
          "data", Map.of("amount", "-6.30", "date", today, "merchantName", MERCHANT));
      authorized(user.accessToken()).body(Map.of("changes", List.of(pushed))).post("/api/v1/sync/push")
          .then().statusCode(200).body("data.results[0].status", equalTo("applied"));

      JsonPath backlog = readiness();
      long pending = Long.parseLong(brokerData(backlog, "outboxPending"));
      assertTrue(pending >= 2L * CREATES, "each create's TransactionRecorded and categorization request wait: " + pending);
    } finally {
      environment.restartBroker();
    }

    awaitReadiness(h -> "UP".equals(brokerData(h, "broker")) && "0".equals(brokerData(h, "outboxPending")),
        Duration.ofSeconds(60));
    // Every one is categorized, by the rule, exactly once: version 1 at create, 2 after the categorizer
    // (the 100 creates, the 2 imported lines and the pushed one; the manual one has its edit as version 2).
    // The broker's restart also restarts the consumers' sessions (they reconnect for ever, every second).
    List<Map<String, Object>> all = awaitNothingPending(user.accessToken(), Duration.ofSeconds(90));
    assertEquals(CREATES + 4, all.size());
    for (Map<String, Object> t : all) {
      assertEquals(2, ((Number) t.get("version")).intValue(), "changed exactly once after its create: " + t);
      if (MERCHANT.equals(t.get("merchantName"))) {
        assertEquals("food_and_drink.coffee", t.get("categoryId"));
      }
    }
    assertTrue(all.stream().map(t -> t.get("id")).toList().containsAll(created));

    // Each event reached the topic once: one TransactionRecorded and one TransactionChanged per create.
    Map<String, Set<String>> eventIds = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    try (JMSContext jms = factory.createContext()) {
      jms.setClientID(clientId);
      try (JMSConsumer consumer = jms.createDurableConsumer(topic(jms), "events", selector, false)) {
        Message message;
        while ((message = consumer.receive(3_000)) != null) {
          String type = message.getStringProperty("eventType");
          counts.merge(type, 1, Integer::sum);
          eventIds.computeIfAbsent(type, t -> new HashSet<>()).add(message.getStringProperty("eventId"));
        }
      }
      jms.unsubscribe("events");
    }
    assertEquals(CREATES + 4, counts.get("TransactionRecorded"), "one TransactionRecorded per create: " + counts);
    assertEquals(CREATES + 4, eventIds.get("TransactionRecorded").size());
    assertEquals(CREATES + 4, counts.get("TransactionChanged"), "one per categorization, one for the edit: " + counts);
    assertEquals(CREATES + 4, eventIds.get("TransactionChanged").size());
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> awaitNothingPending(String token, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<Map<String, Object>> all;
    do {
      all = authorized(token).get("/api/v1/transactions?limit=200").then().statusCode(200).extract().path("data");
      boolean pending = all.stream().anyMatch(t -> "pending".equals(((Map<String, Object>) t.get("categorization")).get("status")));
      if (!pending) {
        return all;
      }
      Thread.sleep(250);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("still pending after " + timeout + ": " + all);
  }

  private static Topic topic(JMSContext jms) {
    return jms.createTopic("duskspendr.domain-events");
  }

  private static String brokerData(JsonPath health, String field) {
    Object value = health.get("checks.find { it.name == 'broker' }.data." + field);
    return value == null ? null : value.toString();
  }

  private static JsonPath readiness() {
    Response answer = request().get("/health/ready");
    assertEquals(200, answer.statusCode(), "readiness answered " + answer.asString());
    return answer.jsonPath();
  }

  private static JsonPath awaitReadiness(Predicate<JsonPath> condition, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    JsonPath last = readiness();
    while (!condition.test(last) && System.nanoTime() < deadline) {
      Thread.sleep(500);
      last = readiness();
    }
    assertTrue(condition.test(last), "readiness never got there: " + last.prettify());
    return last;
  }
}

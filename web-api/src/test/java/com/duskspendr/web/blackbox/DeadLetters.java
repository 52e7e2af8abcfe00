package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.authorized;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.messaging.Destinations;
import com.duskspendr.platform.messaging.EventEnvelope;
import com.duskspendr.platform.messaging.EventMessages;
import com.duskspendr.transactions.events.CategorizationRequested;
import com.duskspendr.web.it.IntegrationEnvironment;
import io.restassured.path.json.JsonPath;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * A dead letter that a replay can cure, as ops meet them: a categorization request that failed its deliveries
 * (here: put on the dead-letter queue directly, with the headers the broker gives a dead letter) for a
 * transaction whose user has since added a rule. Replayed to its original queue, the categorizer consumes it
 * and files the transaction by the rule: that filing is the proof the replay reached the consumer.
 */
final class DeadLetters {

  static final String CATEGORY = "food_and_drink.coffee";

  /** A user's pending transaction, a rule that would file it, and its request waiting on the DLQ. */
  record Curable(ApiClient.Session user, String transactionId, String merchant, String eventId) {}

  private DeadLetters() {}

  static Curable curable() throws InterruptedException {
    ApiClient.Session user = ApiClient.signedInUser();
    String merchant = "Dead Letter Cafe " + UUID.randomUUID();
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    String id = authorized(user.accessToken())
        .body(Map.of("amount", "-4.20", "date", today, "merchantName", merchant))
        .post("/api/v1/transactions").then().statusCode(201).extract().path("data.id");
    // The categorizer's own turn first (it leaves an unknown merchant pending), so the filing below is the replay's.
    CategorizationApiIT.awaitTransaction(user.accessToken(), id, t -> t.getLong("data.version") >= 2,
        Duration.ofMinutes(3));
    authorized(user.accessToken())
        .body(Map.of("pattern", merchant.toLowerCase(), "matchType", "exact", "categoryId", CATEGORY))
        .post("/api/v1/rules").then().statusCode(201);

    EventEnvelope request = EventEnvelope.of(CategorizationRequested.EVENT,
        new AccountId(UUID.fromString(user.userId())), Instant.now(),
        new CategorizationRequested(id, user.userId(), merchant, null, "-4.20", "USD"));
    try (ActiveMQConnectionFactory broker = new ActiveMQConnectionFactory(IntegrationEnvironment.get().brokerUrl());
        JMSContext jms = broker.createContext()) {
      JMSProducer producer = jms.createProducer()
          .setProperty("_AMQ_ORIG_ADDRESS", Destinations.CATEGORIZATION_QUEUE_ADDRESS)
          .setProperty("_AMQ_ORIG_QUEUE", Destinations.CATEGORIZATION_QUEUE_ADDRESS);
      EventMessages.send(producer, jms.createQueue(Destinations.DEAD_LETTER_ADDRESS), request);
    }
    return new Curable(user, id, merchant, request.eventId().toString());
  }

  /** Waits until the replayed request filed the transaction by the rule. */
  static JsonPath awaitFiled(Curable letter) throws InterruptedException {
    return CategorizationApiIT.awaitTransaction(letter.user().accessToken(), letter.transactionId(),
        t -> "rule".equals(t.getString("data.categorization.status")), Duration.ofMinutes(2));
  }
}

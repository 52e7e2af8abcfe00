package com.duskspendr.ml.insights.boundary;

import com.duskspendr.auth.boundary.AccountId;
import com.duskspendr.transactions.events.TransactionRecorded;
import com.duskspendr.transactions.ledger.boundary.HistoryEntry;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Runs the anomaly checks on every {@code TransactionRecorded} event (v1). A shared durable subscription
 * (the Artemis resource adapter's {@code subscriptionDurability=Durable}, {@code shareSubscriptions=true},
 * {@code clientId} and {@code subscriptionName} name one queue on the topic) makes all instances compete
 * for each event, so it is examined once however many instances run, and events published while no
 * instance runs wait for one. The selector keeps other events off that queue. A message that keeps failing
 * goes to the dead-letter address after the broker's delivery attempts.
 */
@MessageDriven(
    activationConfig = {
      // The resource adapter server-config deploys (web-api's MessagingNames.RESOURCE_ADAPTER).
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
      @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = "duskspendr.domain-events"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
      @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
      @ActivationConfigProperty(propertyName = "clientId", propertyValue = "duskspendr-ml"),
      @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "anomaly-detection"),
      @ActivationConfigProperty(
          propertyName = "messageSelector",
          propertyValue = "eventType = '" + TransactionRecorded.TYPE + "' AND eventVersion = " + TransactionRecorded.VERSION)
    })
public class TransactionRecordedConsumer implements MessageListener {

  @EJB TransactionAnomalies anomalies;

  @Override
  public void onMessage(Message message) {
    JsonObject event = parse(message);
    AccountId owner = AccountId.parse(event.getString("userId"));
    anomalies.examine(owner, payment(event));
  }

  private static JsonObject parse(Message message) {
    try (JsonReader reader = Json.createReader(new StringReader(message.getBody(String.class)))) {
      return reader.readObject();
    } catch (JMSException e) {
      throw new IllegalStateException("Unreadable TransactionRecorded message", e);
    }
  }

  /** The event's fields as the history would list the transaction (the event carries its full state). */
  static HistoryEntry payment(JsonObject event) {
    return HistoryEntry.of(
        UUID.fromString(event.getString("transactionId")),
        LocalDate.parse(event.getString("date")),
        new BigDecimal(event.getString("amount")),
        event.getString("currency"),
        text(event, "merchantName"),
        text(event, "categoryId"));
  }

  private static String text(JsonObject event, String name) {
    JsonValue value = event.get(name);
    return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : event.getString(name);
  }
}

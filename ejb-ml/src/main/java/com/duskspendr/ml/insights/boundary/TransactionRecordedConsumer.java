package com.duskspendr.ml.insights.boundary;

import com.duskspendr.platform.messaging.ConsumerSpans;
import com.duskspendr.platform.messaging.Destinations;
import com.duskspendr.platform.messaging.EventEnvelope;
import com.duskspendr.platform.messaging.EventHeaders;
import com.duskspendr.platform.messaging.EventMessages;
import com.duskspendr.platform.messaging.ProcessedMessages;
import com.duskspendr.transactions.events.TransactionRecorded;
import com.duskspendr.transactions.ledger.boundary.HistoryEntry;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.interceptor.Interceptors;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Runs the anomaly checks on every {@code TransactionRecorded} event (v1). A shared durable subscription
 * (the Artemis resource adapter's {@code subscriptionDurability=Durable}, {@code shareSubscriptions=true},
 * {@code clientId} and {@code subscriptionName} name one queue on the topic) makes all instances compete
 * for each event, so it is examined once however many instances run, and events published while no
 * instance runs wait for one. The selector keeps other events off that queue. Idempotent by the event id:
 * a redelivered event publishes no second AnomalyDetected. A message that keeps failing goes to the
 * dead-letter address after the broker's delivery attempts.
 */
@Interceptors(ConsumerSpans.class)
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Destinations.RESOURCE_ADAPTER),
      @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.DOMAIN_EVENTS_TOPIC_ADDRESS),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "reconnectAttempts", propertyValue = Destinations.CONSUMER_RECONNECT_ATTEMPTS),
      @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
      @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
      @ActivationConfigProperty(propertyName = "clientId", propertyValue = "duskspendr-ml"),
      @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "anomaly-detection"),
      @ActivationConfigProperty(
          propertyName = "messageSelector",
          propertyValue = EventHeaders.TYPE + " = '" + TransactionRecorded.TYPE + "' AND " + EventHeaders.VERSION
              + " = " + TransactionRecorded.VERSION)
    })
public class TransactionRecordedConsumer implements MessageListener {

  static final String CONSUMER = "ml.anomaly-detection";

  @EJB TransactionAnomalies anomalies;
  @EJB ProcessedMessages processed;

  @Override
  public void onMessage(Message message) {
    EventEnvelope envelope = EventMessages.read(message);
    if (!processed.firstDelivery(CONSUMER, envelope.eventId())) {
      return;
    }
    anomalies.examine(envelope.owner(), payment(envelope.payloadAs(TransactionRecorded.class)), envelope.occurredAt());
  }

  /** The event's fields as the history would list the transaction (the event carries its full state). */
  static HistoryEntry payment(TransactionRecorded event) {
    return HistoryEntry.of(
        UUID.fromString(event.transactionId()),
        LocalDate.parse(event.date()),
        new BigDecimal(event.amount()),
        event.currency(),
        event.merchantName(),
        event.categoryId());
  }
}

package com.duskspendr.notifications.triggers.boundary;

import com.duskspendr.auth.events.SecurityEventOccurred;
import com.duskspendr.ml.events.AnomalyDetected;
import com.duskspendr.platform.messaging.ConsumerSpans;
import com.duskspendr.platform.messaging.Destinations;
import com.duskspendr.platform.messaging.EventEnvelope;
import com.duskspendr.platform.messaging.EventHeaders;
import com.duskspendr.platform.messaging.EventMessages;
import com.duskspendr.platform.messaging.ProcessedMessages;
import com.duskspendr.transactions.events.BudgetThresholdCrossed;
import com.duskspendr.transactions.events.TransactionRecorded;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.interceptor.Interceptors;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Takes the events that may notify someone off the domain-events topic: {@code BudgetThresholdCrossed}
 * v1, {@code AnomalyDetected} v1, {@code TransactionRecorded} v1 (alerting only above the user's
 * large-transaction threshold) and auth's {@code SecurityEventOccurred} v1. One shared durable subscription (clientId {@code duskspendr-notifications},
 * {@code alerts}), so each event is handled once however many instances run and events published while
 * none runs wait; the selector names each type with its version and keeps every other event off the
 * subscription's queue. One consumer for all of them rather than one each: they differ only in the method
 * they delegate to, and the activation config would be written three times. Idempotent twice over: by the
 * event id ({@link ProcessedMessages}) and by the notification's id derived from it.
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
      @ActivationConfigProperty(propertyName = "clientId", propertyValue = "duskspendr-notifications"),
      @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "alerts"),
      @ActivationConfigProperty(
          propertyName = "messageSelector",
          propertyValue = "(" + EventHeaders.TYPE + " = '" + BudgetThresholdCrossed.TYPE + "' AND " + EventHeaders.VERSION
              + " = " + BudgetThresholdCrossed.CURRENT_VERSION + ") OR (" + EventHeaders.TYPE + " = '"
              + AnomalyDetected.TYPE + "' AND " + EventHeaders.VERSION + " = " + AnomalyDetected.VERSION + ") OR ("
              + EventHeaders.TYPE + " = '" + TransactionRecorded.TYPE + "' AND " + EventHeaders.VERSION + " = "
              + TransactionRecorded.VERSION + ") OR (" + EventHeaders.TYPE + " = '" + SecurityEventOccurred.TYPE
              + "' AND " + EventHeaders.VERSION + " = " + SecurityEventOccurred.VERSION + ")")
    })
public class AlertTriggersConsumer implements MessageListener {

  static final String CONSUMER = "notifications.alerts";

  @EJB Alerts alerts;
  @EJB ProcessedMessages processed;

  @Override
  public void onMessage(Message message) {
    EventEnvelope envelope = EventMessages.read(message);
    if (processed.firstDelivery(CONSUMER, envelope.eventId())) {
      alerts.onEvent(envelope);
    }
  }
}

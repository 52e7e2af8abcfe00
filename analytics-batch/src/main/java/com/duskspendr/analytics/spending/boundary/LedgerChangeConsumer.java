package com.duskspendr.analytics.spending.boundary;

import com.duskspendr.analytics.spending.entity.DirtyUsers;
import com.duskspendr.platform.messaging.ConsumerSpans;
import com.duskspendr.platform.messaging.Destinations;
import com.duskspendr.platform.messaging.EventEnvelope;
import com.duskspendr.platform.messaging.EventHeaders;
import com.duskspendr.platform.messaging.EventMessages;
import com.duskspendr.platform.messaging.ProcessedMessages;
import com.duskspendr.transactions.events.TransactionChanged;
import com.duskspendr.transactions.events.TransactionRecorded;
import com.duskspendr.transactions.events.TransactionRemoved;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Marks the user of every transaction event as changed, so that the nightly run visits only them. Only the
 * user matters: which days changed comes from the ledger's changes feed and the aggregates' own facts (a
 * TransactionChanged names the new day, not the old one). One shared durable subscription for all
 * instances; idempotent by event id, and marking twice changes nothing anyway.
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
      @ActivationConfigProperty(propertyName = "clientId", propertyValue = "duskspendr-analytics"),
      @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "analytics-changed-users"),
      @ActivationConfigProperty(
          propertyName = "messageSelector",
          propertyValue = EventHeaders.TYPE + " IN ('" + TransactionRecorded.TYPE + "', '" + TransactionChanged.TYPE
              + "', '" + TransactionRemoved.TYPE + "') AND " + EventHeaders.VERSION + " = 1")
    })
public class LedgerChangeConsumer implements MessageListener {

  static final String CONSUMER = "analytics.changed-users";

  @EJB ProcessedMessages processed;
  @Inject DirtyUsers dirty;

  @Override
  public void onMessage(Message message) {
    EventEnvelope envelope = EventMessages.read(message);
    if (processed.firstDelivery(CONSUMER, envelope.eventId())) {
      dirty.mark(envelope.owner().value());
    }
  }
}

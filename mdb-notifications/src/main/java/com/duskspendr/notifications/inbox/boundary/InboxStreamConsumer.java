package com.duskspendr.notifications.inbox.boundary;

import com.duskspendr.notifications.events.NotificationCreated;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.messaging.ConsumerSpans;
import com.duskspendr.platform.messaging.Destinations;
import com.duskspendr.platform.messaging.EventEnvelope;
import com.duskspendr.platform.messaging.EventHeaders;
import com.duskspendr.platform.messaging.EventMessages;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.time.Instant;
import java.util.UUID;

/**
 * Feeds this instance's open inbox streams from {@code NotificationCreated} v1. Unlike the other
 * consumers it must see every event on every instance, so its subscription is non-durable and its own
 * (one session: several would each get a copy), and it does not record the event in ProcessedMessages,
 * which would keep the event from the other instances. A repeat is harmless: a stream event carries the
 * notification's id, which clients treat as the event's identity. Events published while an instance is
 * down are not lost to its clients: they replay from the database when they reconnect.
 */
@Interceptors(ConsumerSpans.class)
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Destinations.RESOURCE_ADAPTER),
      @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.DOMAIN_EVENTS_TOPIC_ADDRESS),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "reconnectAttempts", propertyValue = Destinations.CONSUMER_RECONNECT_ATTEMPTS),
      @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1"),
      @ActivationConfigProperty(
          propertyName = "messageSelector",
          propertyValue = EventHeaders.TYPE + " = '" + NotificationCreated.TYPE + "' AND " + EventHeaders.VERSION
              + " = " + NotificationCreated.VERSION)
    })
public class InboxStreamConsumer implements MessageListener {

  @Inject LiveInbox live;

  @Override
  public void onMessage(Message message) {
    EventEnvelope envelope = EventMessages.read(message);
    NotificationCreated event = envelope.payloadAs(NotificationCreated.class);
    live.deliver(AccountId.parse(event.userId()), new InboxEntry(UUID.fromString(event.notificationId()),
        event.type(), event.title(), event.body(), event.data(), event.urgent(), Instant.parse(event.createdAt()),
        null));
  }
}

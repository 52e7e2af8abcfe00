package com.duskspendr.web.transactions;

import com.duskspendr.platform.messaging.Destinations;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Test MDB: a non-durable subscriber of the domain-events topic, as another context would subscribe. One
 * session, so messages are taken in the order the broker enqueued them (tests fence on a later message).
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Destinations.RESOURCE_ADAPTER),
      @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.DOMAIN_EVENTS_TOPIC_ADDRESS),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
    })
public class DomainEventsProbeConsumer implements MessageListener {

  @EJB BrokerInbox inbox;

  @Override
  public void onMessage(Message message) {
    try {
      inbox.received(
          new BrokerInbox.Received(
              BrokerInbox.Source.DOMAIN_EVENTS,
              message.getStringProperty("eventType"),
              message.propertyExists("eventVersion") ? message.getIntProperty("eventVersion") : null,
              message.getStringProperty("userId"),
              message.getBody(String.class)));
    } catch (JMSException e) {
      throw new IllegalStateException(e);
    }
  }
}

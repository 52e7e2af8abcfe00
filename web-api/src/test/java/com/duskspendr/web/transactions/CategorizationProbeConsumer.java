package com.duskspendr.web.transactions;

import com.duskspendr.web.platform.MessagingNames;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Test MDB on the categorization queue, standing in for the categorizer (which does not exist yet, so this
 * is the queue's only consumer). One session: messages are taken in enqueue order.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = MessagingNames.RESOURCE_ADAPTER),
      @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = "duskspendr.categorization"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
    })
public class CategorizationProbeConsumer implements MessageListener {

  @EJB BrokerInbox inbox;

  @Override
  public void onMessage(Message message) {
    try {
      inbox.received(
          new BrokerInbox.Received(
              BrokerInbox.Source.CATEGORIZATION,
              message.getStringProperty("messageType"),
              message.propertyExists("messageVersion") ? message.getIntProperty("messageVersion") : null,
              message.getStringProperty("userId"),
              message.getBody(String.class)));
    } catch (JMSException e) {
      throw new IllegalStateException(e);
    }
  }
}

package com.duskspendr.web.platform;

import com.duskspendr.platform.messaging.Destinations;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Test MDB on the probe queue, reached through the Artemis resource adapter; only delegates. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Destinations.RESOURCE_ADAPTER),
      @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = ProbeMessages.QUEUE),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false")
    })
public class ProbeConsumer implements MessageListener {

  @EJB ProbeInbox inbox;

  @Override
  public void onMessage(Message message) {
    try {
      inbox.received(message.getBody(String.class));
    } catch (JMSException e) {
      throw new IllegalStateException(e);
    }
  }
}

package com.duskspendr.ml.categorization.boundary;

import com.duskspendr.ml.categorization.control.CategorizationMessage;
import com.duskspendr.transactions.ledger.boundary.AutomaticCategorization;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.annotation.Resource;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Logger;

/**
 * Takes categorization requests off the queue ({@code duskspendr.categorization}) and has the categorizer
 * file them, in the MDB's JTA transaction: the decision is written and the message acknowledged together.
 * Idempotent: the ledger changes only a still-pending transaction. A message that cannot be read is
 * rolled back with its reason logged (one line per attempt), so the broker redelivers it a few times and
 * then moves it to the dead-letter address; other messages keep flowing meanwhile.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
      @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = "duskspendr.categorization"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false")
    })
public class CategorizationConsumer implements MessageListener {

  private static final Logger LOG = Logger.getLogger(CategorizationConsumer.class.getName());

  @EJB Categorizer categorizer;
  @Resource MessageDrivenContext context;

  @Override
  public void onMessage(Message message) {
    CategorizationMessage request;
    try {
      request = CategorizationMessage.parse(
          message.getStringProperty("messageType"),
          message.propertyExists("messageVersion") ? message.getIntProperty("messageVersion") : null,
          message instanceof TextMessage text ? text.getText() : null);
    } catch (CategorizationMessage.Malformed | JMSException | NumberFormatException malformed) {
      LOG.warning(() -> "Rejected categorization message " + id(message) + " (delivery " + delivery(message)
          + "): " + malformed.getMessage() + "; the broker redelivers it, then moves it to the dead-letter address");
      context.setRollbackOnly();
      return;
    }
    AutomaticCategorization.Outcome outcome = categorizer.categorize(request);
    LOG.fine(() -> "Transaction " + request.transactionId() + ": " + outcome);
  }

  private static String id(Message message) {
    try {
      return message.getJMSMessageID();
    } catch (JMSException e) {
      return "?";
    }
  }

  private static String delivery(Message message) {
    try {
      return message.propertyExists("JMSXDeliveryCount") ? message.getStringProperty("JMSXDeliveryCount") : "?";
    } catch (JMSException e) {
      return "?";
    }
  }
}

package com.duskspendr.ml.categorization.boundary;

import com.duskspendr.ml.categorization.control.CategorizationMessage;
import com.duskspendr.platform.messaging.Destinations;
import com.duskspendr.platform.messaging.EventEnvelope;
import com.duskspendr.platform.messaging.EventMessages;
import com.duskspendr.platform.messaging.MalformedMessageException;
import com.duskspendr.platform.messaging.ProcessedMessages;
import com.duskspendr.transactions.ledger.boundary.AutomaticCategorization;
import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;

/**
 * Takes categorization requests off the queue and has the categorizer file them, in the MDB's JTA
 * transaction: the decision is written and the message acknowledged together. Idempotent twice over: by
 * the event id (a redelivered request is acknowledged without deciding again) and by state (the ledger
 * changes only a still-pending transaction). A message that cannot be read is rolled back with its reason
 * logged (one line per attempt), so the broker redelivers it a few times and then moves it to the
 * dead-letter address; other messages keep flowing meanwhile.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Destinations.RESOURCE_ADAPTER),
      @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.CATEGORIZATION_QUEUE_ADDRESS),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "reconnectAttempts", propertyValue = Destinations.CONSUMER_RECONNECT_ATTEMPTS)
    })
public class CategorizationConsumer implements MessageListener {

  static final String CONSUMER = "ml.categorization";
  private static final Logger LOG = Logger.getLogger(CategorizationConsumer.class.getName());

  @EJB Categorizer categorizer;
  @EJB ProcessedMessages processed;
  @Resource MessageDrivenContext context;

  @Override
  public void onMessage(Message message) {
    CategorizationMessage request;
    EventEnvelope envelope;
    try {
      envelope = EventMessages.read(message);
      request = CategorizationMessage.parse(envelope.type(), envelope.version(), envelope.payload());
    } catch (MalformedMessageException malformed) {
      LOG.warning(() -> "Rejected categorization message " + EventMessages.describe(message) + ": "
          + malformed.getMessage() + "; the broker redelivers it, then moves it to the dead-letter address");
      context.setRollbackOnly();
      return;
    }
    if (!processed.firstDelivery(CONSUMER, envelope.eventId())) {
      LOG.fine(() -> "Categorization request " + envelope.eventId() + " was handled already");
      return;
    }
    AutomaticCategorization.Outcome outcome = categorizer.categorize(request);
    LOG.fine(() -> "Transaction " + request.transactionId() + ": " + outcome);
  }
}

package com.duskspendr.ml.categorization.boundary;

import com.duskspendr.ml.categorization.control.CategorizationMessage;
import com.duskspendr.platform.messaging.EventEnvelope;
import com.duskspendr.platform.messaging.EventMessages;
import com.duskspendr.platform.messaging.MalformedMessageException;
import com.duskspendr.platform.messaging.ProcessedMessages;
import com.duskspendr.transactions.ledger.boundary.AutomaticCategorization;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDrivenContext;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.List;
import java.util.logging.Logger;

/**
 * What both categorization consumers do with a request (one transaction, or a statement import's batch of
 * one user's): have the categorizer file it in the MDB's JTA transaction, so that the decisions are written
 * and the message acknowledged together. Idempotent twice over: by the event id (a redelivered request is
 * acknowledged without deciding again) and by state (the ledger changes only a still-pending transaction).
 * A message that cannot be read is rolled back with its reason logged (one line per attempt), so the broker
 * redelivers it a few times and then moves it to the dead-letter address; other messages keep flowing.
 */
public abstract class CategorizationRequests implements MessageListener {

  static final String CONSUMER = "ml.categorization";
  private static final Logger LOG = Logger.getLogger(CategorizationRequests.class.getName());

  @EJB Categorizer categorizer;
  @EJB ProcessedMessages processed;
  @Resource MessageDrivenContext context;

  @Override
  public void onMessage(Message message) {
    List<CategorizationMessage> requests;
    EventEnvelope envelope;
    try {
      envelope = EventMessages.read(message);
      requests = CategorizationMessage.parseAny(envelope.type(), envelope.version(), envelope.payload());
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
    if (requests.size() == 1) {
      CategorizationMessage request = requests.get(0);
      AutomaticCategorization.Outcome outcome = categorizer.categorize(request);
      LOG.fine(() -> "Transaction " + request.transactionId() + ": " + outcome);
    } else {
      var outcomes = categorizer.categorizeAll(requests);
      LOG.fine(() -> "A batch of " + outcomes.size() + " transactions: " + outcomes.values());
    }
  }
}

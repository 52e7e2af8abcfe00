package com.duskspendr.transactions.ledger.control;

import com.duskspendr.transactions.events.MessagingNames;
import com.duskspendr.transactions.events.TransactionalSend;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;
import java.util.Map;

/**
 * Sends categorization requests as JSON text messages, enlisted in the caller's JTA transaction
 * (MANDATORY): a transaction that is not committed is never categorized.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JmsCategorizationQueue implements CategorizationQueue {

  static final String MESSAGE_TYPE = "messageType";
  static final String MESSAGE_VERSION = "messageVersion";

  @Resource(lookup = MessagingNames.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Resource(lookup = MessagingNames.CATEGORIZATION_QUEUE)
  Queue queue;

  @Override
  public void request(CategorizationRequest request) {
    TransactionalSend.send(
        connectionFactory,
        queue,
        Map.of(MESSAGE_TYPE, "CategorizationRequested", MESSAGE_VERSION, 1, "userId", request.userId()),
        request);
  }
}

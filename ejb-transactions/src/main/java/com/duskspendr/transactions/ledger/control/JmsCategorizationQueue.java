package com.duskspendr.transactions.ledger.control;

import com.duskspendr.transactions.events.MessagingNames;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * Sends categorization requests as JSON text messages, enlisted in the caller's JTA transaction
 * (MANDATORY): a transaction that is not committed is never categorized.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JmsCategorizationQueue implements CategorizationQueue {

  static final String MESSAGE_TYPE = "messageType";
  static final String MESSAGE_VERSION = "messageVersion";

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject
  @JMSConnectionFactory(MessagingNames.CONNECTION_FACTORY)
  JMSContext jms;

  @Resource(lookup = MessagingNames.CATEGORIZATION_QUEUE)
  Queue queue;

  @Override
  public void request(CategorizationRequest request) {
    jms.createProducer()
        .setProperty(MESSAGE_TYPE, "CategorizationRequested")
        .setProperty(MESSAGE_VERSION, 1)
        .setProperty("userId", request.userId())
        .send(queue, JSON.toJson(request));
  }
}

package com.duskspendr.transactions.events;

import com.duskspendr.auth.boundary.AccountId;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Topic;
import java.util.Map;

/**
 * Sends domain events to the domain-events topic as JSON text messages. MANDATORY: the send is enlisted in
 * the caller's JTA transaction, so the event leaves only if the change commits, and a publish outside a
 * transaction fails loudly instead of escaping on its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JmsDomainEvents implements DomainEvents {

  static final String EVENT_TYPE = "eventType";
  static final String EVENT_VERSION = "eventVersion";
  static final String USER_ID = "userId";

  @Resource(lookup = MessagingNames.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Resource(lookup = MessagingNames.DOMAIN_EVENTS_TOPIC)
  Topic topic;

  @Override
  public void publish(String eventType, int eventVersion, AccountId owner, Object payload) {
    TransactionalSend.send(
        connectionFactory,
        topic,
        Map.of(EVENT_TYPE, eventType, EVENT_VERSION, eventVersion, USER_ID, owner.toString()),
        payload);
  }
}

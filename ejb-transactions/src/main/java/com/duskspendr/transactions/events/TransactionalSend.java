package com.duskspendr.transactions.events;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Map;

/**
 * One message, its payload as JSON text, sent in the caller's JTA transaction, through a context of its own taken from the
 * resource adapter's pooled connection factory (enlisted in the transaction; the pool reuses the same
 * connection for every send of one transaction and takes it back when the transaction ends).
 *
 * <p>Not the container's injected {@code JMSContext}: Payara serves every injected context through one
 * shared client proxy of its transaction-scoped {@code TransactedJMSContextManager}, whose
 * {@code getContext} is synchronized on that proxy, so every send of every request waited on one lock
 * (the create benchmark's request threads were almost all blocked there; thread dumps in the README).
 */
public final class TransactionalSend {

  // Thread-safe and costly to create: one for every sender.
  private static final Jsonb JSON = JsonbBuilder.create();

  private TransactionalSend() {}

  public static void send(
      ConnectionFactory factory, Destination destination, Map<String, Object> properties, Object payload) {
    try (JMSContext context = factory.createContext()) {
      JMSProducer producer = context.createProducer();
      properties.forEach(producer::setProperty);
      producer.send(destination, JSON.toJson(payload));
    }
  }
}

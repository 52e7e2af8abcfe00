package com.duskspendr.platform.messaging;

import java.util.List;

/**
 * The one list of messaging names: the resource adapter, the pooled connection factory, and each
 * destination's JNDI name and broker address. The launcher creates the server's resources from these
 * constants ({@code server-config}'s BootCommands), message-driven beans name them in their activation
 * config, and senders look them up; so they are compile-time constants, usable in annotations.
 */
public final class Destinations {

  /** Name under which the Artemis resource adapter is deployed; MDBs name it in {@code resourceAdapter}. */
  public static final String RESOURCE_ADAPTER = "artemis-ra";

  /** The pooled, transaction-enlisted connection factory. */
  public static final String CONNECTION_FACTORY = "jms/duskspendr/ConnectionFactory";

  /** Transactions without a category wait here for the categorizer. */
  public static final String CATEGORIZATION_QUEUE = "jms/duskspendr/CategorizationQueue";

  public static final String CATEGORIZATION_QUEUE_ADDRESS = "duskspendr.categorization";

  /**
   * Batches of one user's transactions from a statement import, for the categorizer; a queue of their own,
   * consumed by one session per instance, so that a large import never queues ahead of the transactions
   * other users create one at a time.
   */
  public static final String BULK_CATEGORIZATION_QUEUE = "jms/duskspendr/BulkCategorizationQueue";

  public static final String BULK_CATEGORIZATION_QUEUE_ADDRESS = "duskspendr.categorization.bulk";

  /** Versioned domain events (transactions, budgets, anomalies, accounts) for every interested context. */
  public static final String DOMAIN_EVENTS_TOPIC = "jms/duskspendr/DomainEventsTopic";

  public static final String DOMAIN_EVENTS_TOPIC_ADDRESS = "duskspendr.domain-events";

  /** Notifications to deliver (push, email, SMS); also the broker probe of the readiness check. */
  public static final String NOTIFICATIONS_QUEUE = "jms/duskspendr/NotificationsQueue";

  public static final String NOTIFICATIONS_QUEUE_ADDRESS = "duskspendr.notifications";

  /** Where the broker moves a message that failed its delivery attempts. */
  public static final String DEAD_LETTER_ADDRESS = "DLQ";

  /**
   * The consumers' reconnection attempts, for every MDB's {@code reconnectAttempts}: -1, for ever (every
   * {@code RetryInterval}, 1 s). The resource adapter's own setting (3, in its ra.xml) suits senders, which
   * must fail fast while the broker is away; a consumer that gave up after 3 attempts stayed disconnected
   * after the broker came back (BrokerOutageIT), and a consumer has nothing better to do than wait.
   */
  public static final String CONSUMER_RECONNECT_ATTEMPTS = "-1";

  /** A queue or topic: its JNDI name, its broker address, and whether it is a topic. */
  public record Destination(String jndiName, String address, boolean topic) {}

  public static final List<Destination> ALL =
      List.of(
          new Destination(CATEGORIZATION_QUEUE, CATEGORIZATION_QUEUE_ADDRESS, false),
          new Destination(BULK_CATEGORIZATION_QUEUE, BULK_CATEGORIZATION_QUEUE_ADDRESS, false),
          new Destination(DOMAIN_EVENTS_TOPIC, DOMAIN_EVENTS_TOPIC_ADDRESS, true),
          new Destination(NOTIFICATIONS_QUEUE, NOTIFICATIONS_QUEUE_ADDRESS, false));

  private Destinations() {}
}

package com.duskspendr.server;

import java.util.List;

/**
 * The Jakarta Messaging resources the application looks up, created on the server by post-boot commands.
 * The JNDI names are the contract with the application code; the addresses are the broker's names.
 */
public final class MessagingResources {

  /** Name under which the resource adapter is deployed; message-driven beans name it in {@code resourceAdapter}. */
  public static final String RESOURCE_ADAPTER = "artemis-ra";

  public static final String CONNECTION_FACTORY = "jms/duskspendr/ConnectionFactory";

  /** A queue or topic: its JNDI name, its broker address, and whether it is a topic. */
  public record Destination(String jndiName, String address, boolean topic) {
    String restype() {
      return topic ? "jakarta.jms.Topic" : "jakarta.jms.Queue";
    }
  }

  /** Transactions without a category wait here for the categorizer. */
  public static final Destination CATEGORIZATION_QUEUE =
      new Destination("jms/duskspendr/CategorizationQueue", "duskspendr.categorization", false);

  /** Versioned domain events (transactions, budgets, anomalies) for every interested context. */
  public static final Destination DOMAIN_EVENTS_TOPIC =
      new Destination("jms/duskspendr/DomainEventsTopic", "duskspendr.domain-events", true);

  /** Notifications to deliver (push, email, SMS). */
  public static final Destination NOTIFICATIONS_QUEUE =
      new Destination("jms/duskspendr/NotificationsQueue", "duskspendr.notifications", false);

  public static final List<Destination> ALL =
      List.of(CATEGORIZATION_QUEUE, DOMAIN_EVENTS_TOPIC, NOTIFICATIONS_QUEUE);

  private MessagingResources() {}
}

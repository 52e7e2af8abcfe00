package com.duskspendr.transactions.events;

/** JNDI names of the messaging resources this context uses (server-config's MessagingResources creates them). */
public final class MessagingNames {

  public static final String CONNECTION_FACTORY = "jms/duskspendr/ConnectionFactory";
  public static final String DOMAIN_EVENTS_TOPIC = "jms/duskspendr/DomainEventsTopic";
  public static final String CATEGORIZATION_QUEUE = "jms/duskspendr/CategorizationQueue";

  private MessagingNames() {}
}

package com.duskspendr.web.platform;

/**
 * JNDI names of the messaging resources the server creates at boot (server-config's MessagingResources
 * holds the same names and the broker addresses behind them; the server creates them, the application
 * only looks them up).
 */
public final class MessagingNames {

  public static final String CONNECTION_FACTORY = "jms/duskspendr/ConnectionFactory";
  public static final String CATEGORIZATION_QUEUE = "jms/duskspendr/CategorizationQueue";
  public static final String DOMAIN_EVENTS_TOPIC = "jms/duskspendr/DomainEventsTopic";
  public static final String NOTIFICATIONS_QUEUE = "jms/duskspendr/NotificationsQueue";
  public static final String RESOURCE_ADAPTER = "artemis-ra";

  private MessagingNames() {}
}

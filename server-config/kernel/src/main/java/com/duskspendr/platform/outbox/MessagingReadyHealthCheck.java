package com.duskspendr.platform.outbox;

import com.duskspendr.platform.messaging.Destinations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The broker as a degraded dependency, not a reason to leave the load balancer: writes store their
 * messages in the outbox and keep working while the broker is away, so readiness stays UP and its data
 * says {@code broker: DOWN, degraded: true} with the backlog waiting to be relayed. Browsing a queue takes a
 * round trip, so a pooled connection to a broker that has gone away fails here (and the pool drops it).
 */
@Readiness
@ApplicationScoped
public class MessagingReadyHealthCheck implements HealthCheck {

  @Resource(lookup = Destinations.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Resource(lookup = Destinations.NOTIFICATIONS_QUEUE)
  Queue probeQueue;

  @Inject OutboxBatches outbox;
  @Inject OutboxRelay relay;

  @Override
  public HealthCheckResponse call() {
    String brokerError = probeBroker();
    HealthCheckResponseBuilder response = HealthCheckResponse.named("broker").up()
        .withData("broker", brokerError == null ? "UP" : "DOWN")
        .withData("degraded", brokerError != null);
    if (brokerError != null) {
      response.withData("error", brokerError);
    }
    try {
      OutboxTable.Backlog backlog = outbox.backlog();
      response.withData("outboxPending", backlog.pending()).withData("outboxOldestSeconds", backlog.oldest().toSeconds());
    } catch (RuntimeException databaseAway) {
      response.withData("outboxPending", "unknown");
    }
    response.withData("relayedSinceStart", relay.relayed()).withData("relay", relay.name());
    Instant failingSince = relay.failingSince();
    if (failingSince != null) {
      response.withData("relayFailingSince", failingSince.toString());
    }
    return response.build();
  }

  private String probeBroker() {
    try (JMSContext context = connectionFactory.createContext();
        QueueBrowser browser = context.createBrowser(probeQueue)) {
      browser.getEnumeration().hasMoreElements();
      return null;
    } catch (JMSException | JMSRuntimeException e) {
      return e.getClass().getSimpleName();
    }
  }
}

package com.duskspendr.web.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the broker answers. Browsing a queue needs a round trip to the broker, so a pooled
 * connection to a broker that has gone away fails here (and the pool then drops its connections).
 */
@Readiness
@ApplicationScoped
public class BrokerReadyHealthCheck implements HealthCheck {

  @Resource(lookup = MessagingNames.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  @Resource(lookup = MessagingNames.NOTIFICATIONS_QUEUE)
  Queue probeQueue;

  @Override
  public HealthCheckResponse call() {
    try (JMSContext context = connectionFactory.createContext();
        QueueBrowser browser = context.createBrowser(probeQueue)) {
      browser.getEnumeration().hasMoreElements();
      return HealthCheckResponse.named("broker").up().build();
    } catch (JMSException | JMSRuntimeException e) {
      return HealthCheckResponse.named("broker").down().withData("error", e.getClass().getSimpleName()).build();
    }
  }
}

package com.duskspendr.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.api.core.QueueConfiguration;

/**
 * An ActiveMQ Artemis broker in this process, with a persistent journal on disk, for machines where no
 * broker is configured. Applications reach it over TCP through the resource adapter, exactly as they
 * reach an external broker.
 */
public final class EmbeddedBroker implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(EmbeddedBroker.class.getName());

  /** Where messages go after {@link #MAX_DELIVERY_ATTEMPTS} failed deliveries. */
  public static final String DEAD_LETTER_ADDRESS = "DLQ";

  public static final String EXPIRY_ADDRESS = "ExpiryQueue";
  static final int MAX_DELIVERY_ATTEMPTS = 5;
  static final long REDELIVERY_DELAY_MS = 1_000;

  /**
   * Artemis audit-logs every connection and management call at INFO; for an embedded broker that only
   * drowns the console. Held in a field: JUL keeps loggers weakly, and a collected logger forgets its level.
   */
  private static final Logger AUDIT = Logger.getLogger("org.apache.activemq.audit");

  private final EmbeddedActiveMQ server;

  private EmbeddedBroker(EmbeddedActiveMQ server) {
    this.server = server;
  }

  public static EmbeddedBroker start(Path dataDirectory, int port) throws Exception {
    AUDIT.setLevel(Level.WARNING);
    EmbeddedActiveMQ server = new EmbeddedActiveMQ().setConfiguration(configuration(dataDirectory, port));
    server.start();
    LOG.info(() -> "Embedded Artemis broker listening on 127.0.0.1:" + port + ", journal in " + dataDirectory);
    return new EmbeddedBroker(server);
  }

  static Configuration configuration(Path dataDirectory, int port) throws Exception {
    ConfigurationImpl configuration = new ConfigurationImpl();
    configuration.setName("duskspendr-embedded");
    configuration.setPersistenceEnabled(true);
    configuration.setJournalDirectory(dataDirectory.resolve("journal").toString());
    configuration.setBindingsDirectory(dataDirectory.resolve("bindings").toString());
    configuration.setPagingDirectory(dataDirectory.resolve("paging").toString());
    configuration.setLargeMessagesDirectory(dataDirectory.resolve("large-messages").toString());
    // Loopback only: an embedded broker is for one machine; a shared broker is configured instead.
    configuration.addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + port);
    configuration.setSecurityEnabled(false);
    // No JMX: nothing manages the embedded broker remotely, and every MBean access would be audit-logged.
    configuration.setJMXManagementEnabled(false);
    configuration.addAddressSetting("#", deliveryPolicy());
    configuration.addAddressConfiguration(anycastQueue(DEAD_LETTER_ADDRESS));
    configuration.addAddressConfiguration(anycastQueue(EXPIRY_ADDRESS));
    return configuration;
  }

  /** Redelivery with back-off, then the dead-letter address: a poison message never blocks a queue. */
  static AddressSettings deliveryPolicy() {
    return new AddressSettings()
        .setDeadLetterAddress(SimpleString.of(DEAD_LETTER_ADDRESS))
        .setExpiryAddress(SimpleString.of(EXPIRY_ADDRESS))
        .setMaxDeliveryAttempts(MAX_DELIVERY_ATTEMPTS)
        .setRedeliveryDelay(REDELIVERY_DELAY_MS)
        .setRedeliveryMultiplier(2.0)
        .setMaxRedeliveryDelay(30_000)
        .setAutoCreateQueues(true)
        .setAutoCreateAddresses(true)
        .setAutoCreateDeadLetterResources(false);
  }

  private static CoreAddressConfiguration anycastQueue(String name) {
    return new CoreAddressConfiguration()
        .setName(name)
        .addRoutingType(RoutingType.ANYCAST)
        .addQueueConfiguration(QueueConfiguration.of(name).setRoutingType(RoutingType.ANYCAST));
  }

  /** One queue bound to an address as the broker sees it now: which consumers an application really opened. */
  public record QueueState(String name, boolean durable, int consumers) {}

  /** The queues bound to an address (a topic's subscriptions, or the queue of the same name). */
  public List<QueueState> queuesOf(String address) throws Exception {
    ActiveMQServer broker = server.getActiveMQServer();
    List<QueueState> queues = new ArrayList<>();
    for (SimpleString name : broker.bindingQuery(SimpleString.of(address)).getQueueNames()) {
      Queue queue = broker.locateQueue(name);
      if (queue != null) {
        queues.add(new QueueState(name.toString(), queue.isDurable(), queue.getConsumerCount()));
      }
    }
    return queues;
  }

  public boolean isActive() {
    return server.getActiveMQServer() != null && server.getActiveMQServer().isActive();
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}

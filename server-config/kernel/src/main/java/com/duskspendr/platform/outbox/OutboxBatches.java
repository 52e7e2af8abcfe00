package com.duskspendr.platform.outbox;

import com.duskspendr.platform.messaging.Destinations;
import com.duskspendr.platform.messaging.EventHeaders;
import com.duskspendr.platform.messaging.EventMessages;
import com.duskspendr.platform.persistence.Database;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * One round of the relay: claim the oldest unclaimed rows, send them, delete them, all in one JTA
 * transaction of its own. The broker's send and the rows' deletion commit together (the broker prepares,
 * PostgreSQL commits as the last agent), so a batch the broker refuses stays in the outbox for the next
 * round, and a batch that left is gone from it. The two-phase commit is paid once per batch (up to
 * {@code duskspendr.outbox.batch-size} messages), off the request path.
 */
@Stateless
public class OutboxBatches {

  private static final Map<String, Destination> DESTINATIONS = new ConcurrentHashMap<>();

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Resource(lookup = Destinations.CONNECTION_FACTORY)
  ConnectionFactory connectionFactory;

  /** @return how many messages were sent */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int relayNext(int max, String relayName) {
    List<OutboxTable.Row> rows;
    try (Connection connection = dataSource.getConnection()) {
      rows = OutboxTable.claim(connection, max);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the outbox", e);
    }
    if (rows.isEmpty()) {
      return 0;
    }
    try (JMSContext context = connectionFactory.createContext()) {
      JMSProducer producer = context.createProducer().setProperty(EventHeaders.RELAYED_BY, relayName);
      for (OutboxTable.Row row : rows) {
        EventMessages.send(producer, destination(row.destination()), row.envelope(), row.trace());
      }
    }
    return rows.size();
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public OutboxTable.Backlog backlog() {
    try (Connection connection = dataSource.getConnection()) {
      return OutboxTable.backlog(connection, Instant.now());
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the outbox", e);
    }
  }

  private static Destination destination(String jndiName) {
    return DESTINATIONS.computeIfAbsent(jndiName, name -> {
      try {
        return (Destination) new InitialContext().lookup(name);
      } catch (NamingException e) {
        throw new IllegalStateException("No destination " + name + " on this server", e);
      }
    });
  }
}

package com.duskspendr.platform.messaging;

import com.duskspendr.platform.persistence.Database;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * What makes a consumer's effect exactly-once under at-least-once delivery: before acting on an event, a
 * consumer records (its name, the event id) in {@code platform.processed_message}, in the same transaction
 * as its effect. A redelivery (the broker's, or a relay's second send) finds the row and is acknowledged
 * without acting; two deliveries at once serialize on the primary key, and the second sees the first's row
 * once it commits.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ProcessedMessages {

  private static final String RECORD =
      "INSERT INTO platform.processed_message (consumer, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING";

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /** @return true the first time this consumer sees the event (act on it), false for a redelivery (skip it) */
  public boolean firstDelivery(String consumer, UUID eventId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(RECORD)) {
      insert.setString(1, consumer);
      insert.setObject(2, eventId);
      return insert.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not record event " + eventId + " for " + consumer, e);
    }
  }
}

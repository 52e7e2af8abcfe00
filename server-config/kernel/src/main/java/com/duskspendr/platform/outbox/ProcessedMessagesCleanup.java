package com.duskspendr.platform.outbox;

import com.duskspendr.platform.persistence.Database;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets processed-message records older than {@code duskspendr.messaging.dedup-retention} (7 days: far
 * beyond any redelivery, which the broker gives up after its few attempts), at most once an hour per
 * instance, so the table stays small.
 */
@Stateless
public class ProcessedMessagesCleanup {

  private static final Logger LOG = Logger.getLogger(ProcessedMessagesCleanup.class.getName());
  private static final Duration EVERY = Duration.ofHours(1);
  private static final AtomicReference<Instant> LAST_RUN = new AtomicReference<>(Instant.EPOCH);

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "duskspendr.messaging.dedup-retention", defaultValue = "P7D")
  Duration retention;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void runWhenDue() {
    Instant now = Instant.now();
    Instant last = LAST_RUN.get();
    if (Duration.between(last, now).compareTo(EVERY) < 0 || !LAST_RUN.compareAndSet(last, now)) {
      return;
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement("DELETE FROM platform.processed_message WHERE processed_at < ?")) {
      delete.setTimestamp(1, Timestamp.from(now.minus(retention)));
      int forgotten = delete.executeUpdate();
      LOG.fine(() -> "Forgot " + forgotten + " processed-message records");
    } catch (SQLException e) {
      LOG.warning("Could not clean up processed-message records: " + e.getMessage());
    }
  }
}

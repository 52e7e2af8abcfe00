package com.duskspendr.platform.outbox;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.messaging.EventEnvelope;
import com.duskspendr.platform.messaging.EventType;
import com.duskspendr.platform.persistence.Database;
import com.duskspendr.platform.tracing.CurrentTrace;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Stores each message in {@code platform.outbox} through the application's datasource. MANDATORY: inside
 * the caller's JTA transaction the container hands out the transaction's own connection (the one JPA
 * writes through), so the row commits or rolls back with the caller's data in one local PostgreSQL
 * transaction: no XA, no transaction-manager log, no broker on the request path. Each row keeps the thread's
 * current trace, which the relay sends along.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class JdbcOutbox implements Outbox {

  private static final Object WAKE_REGISTERED = new Object();

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject RelaySignal relay;

  Clock clock = Clock.systemUTC();

  @Override
  public UUID publish(EventType type, AccountId owner, Object payload) {
    EventEnvelope envelope = EventEnvelope.of(type, owner, clock.instant(), payload);
    try (Connection connection = dataSource.getConnection()) {
      OutboxTable.insert(connection, type.destination(), envelope, CurrentTrace.get().orElse(null));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not store " + type.name() + " in the outbox", e);
    }
    wakeRelayAfterCommit();
    return envelope.eventId();
  }

  @Override
  public List<UUID> publishAll(EventType type, AccountId owner, List<?> payloads) {
    if (payloads.isEmpty()) {
      return List.of();
    }
    Instant now = clock.instant();
    List<EventEnvelope> envelopes = new ArrayList<>(payloads.size());
    for (Object payload : payloads) {
      envelopes.add(EventEnvelope.of(type, owner, now, payload));
    }
    try (Connection connection = dataSource.getConnection()) {
      OutboxTable.insertAll(connection, type.destination(), envelopes, CurrentTrace.get().orElse(null));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not store " + payloads.size() + " " + type.name() + " in the outbox", e);
    }
    wakeRelayAfterCommit();
    return envelopes.stream().map(EventEnvelope::eventId).toList();
  }

  /** Once per transaction, however many messages it stores; nothing happens on rollback. */
  private void wakeRelayAfterCommit() {
    if (transactions.getResource(WAKE_REGISTERED) != null) {
      return;
    }
    transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
    transactions.registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() {}

      @Override
      public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
          relay.wake();
        }
      }
    });
  }
}

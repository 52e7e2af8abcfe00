package com.duskspendr.platform.outbox;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.messaging.EventEnvelope;
import com.duskspendr.platform.persistence.JdbcColumns;
import com.duskspendr.platform.tracing.TraceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The SQL of {@code platform.outbox}, on whatever connection (and so transaction) the caller gives. */
public final class OutboxTable {

  /**
   * One row: where it goes and what it carries.
   *
   * @param trace the trace the storing work was part of, null when none
   */
  public record Row(long id, String destination, EventEnvelope envelope, TraceContext trace) {}

  /** How much waits to be relayed. */
  public record Backlog(long pending, Duration oldest) {}

  private static final String INSERT =
      "INSERT INTO platform.outbox (event_id, destination, event_type, event_version, publisher, owner_id,"
          + " occurred_at, payload, traceparent, tracestate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /**
   * Takes the oldest rows no other relay holds and deletes them, in the caller's transaction: rows another
   * relay has locked are skipped rather than waited for, so relays on several instances share the work and
   * never send the same row; a rollback (the broker refused the batch) puts them back.
   */
  private static final String CLAIM =
      "DELETE FROM platform.outbox WHERE id IN (SELECT id FROM platform.outbox ORDER BY id LIMIT ?"
          + " FOR UPDATE SKIP LOCKED) RETURNING id, event_id, destination, event_type, event_version, publisher,"
          + " owner_id, occurred_at, payload, traceparent, tracestate";

  private static final String BACKLOG = "SELECT count(*), min(stored_at) FROM platform.outbox";

  private OutboxTable() {}

  static void insert(Connection connection, String destination, EventEnvelope envelope, TraceContext trace)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      bind(insert, destination, envelope, trace);
      insert.executeUpdate();
    }
  }

  /** All in one JDBC batch (the driver sends it in one round trip; rows keep their order). */
  static void insertAll(Connection connection, String destination, List<EventEnvelope> envelopes,
      TraceContext trace) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (EventEnvelope envelope : envelopes) {
        bind(insert, destination, envelope, trace);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void bind(PreparedStatement insert, String destination, EventEnvelope envelope, TraceContext trace)
      throws SQLException {
    insert.setObject(1, envelope.eventId());
    insert.setString(2, destination);
    insert.setString(3, envelope.type());
    insert.setInt(4, envelope.version());
    insert.setString(5, envelope.publisher());
    if (envelope.owner() == null) {
      insert.setNull(6, Types.OTHER);
    } else {
      insert.setObject(6, envelope.owner().value());
    }
    insert.setTimestamp(7, Timestamp.from(envelope.occurredAt()));
    insert.setString(8, envelope.payload());
    insert.setString(9, trace == null ? null : trace.traceparent());
    insert.setString(10, trace == null ? null : trace.state());
  }

  /** @return the claimed rows in the order they were stored */
  static List<Row> claim(Connection connection, int max) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
      claim.setInt(1, max);
      try (ResultSet result = claim.executeQuery()) {
        while (result.next()) {
          UUID owner = JdbcColumns.uuid(result, 7);
          rows.add(new Row(
              result.getLong(1),
              result.getString(3),
              new EventEnvelope(
                  JdbcColumns.uuid(result, 2),
                  result.getString(4),
                  result.getInt(5),
                  result.getString(6),
                  owner == null ? null : new AccountId(owner),
                  result.getTimestamp(8).toInstant(),
                  result.getString(9)),
              TraceContext.parse(result.getString(10), result.getString(11)).orElse(null)));
        }
      }
    }
    rows.sort(Comparator.comparingLong(Row::id));
    return rows;
  }

  static Backlog backlog(Connection connection, Instant now) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(BACKLOG);
        ResultSet result = query.executeQuery()) {
      result.next();
      Timestamp oldest = result.getTimestamp(2);
      return new Backlog(result.getLong(1), oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), now));
    }
  }
}

package com.duskspendr.transactions.sync.entity;

import com.duskspendr.platform.persistence.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Writes and pages the changes feed. Joins the caller's JTA transaction; opens none of its own. Native SQL
 * for the two upserts (JPA has no {@code ON CONFLICT}); the schema is named because native SQL does not
 * see the persistence unit's mapping.
 */
@ApplicationScoped
public class SyncChangeRepository {

  private static final String NEXT_SEQ =
      "INSERT INTO transactions.sync_state (user_id, last_seq) VALUES (CAST(?1 AS uuid), 1) "
          + "ON CONFLICT (user_id) DO UPDATE SET last_seq = transactions.sync_state.last_seq + 1 "
          + "RETURNING last_seq";

  private static final String RESERVE_SEQS =
      "INSERT INTO transactions.sync_state (user_id, last_seq) VALUES (CAST(?1 AS uuid), ?2) "
          + "ON CONFLICT (user_id) DO UPDATE SET last_seq = transactions.sync_state.last_seq + ?2 "
          + "RETURNING last_seq";

  private static final String RECORD_CHANGE_JDBC =
      "INSERT INTO transactions.sync_change (user_id, entity, entity_id, seq, version, deleted, changed_at) "
          + "VALUES (CAST(? AS uuid), ?, ?, ?, ?, false, ?) "
          + "ON CONFLICT (user_id, entity, entity_id) DO UPDATE SET seq = EXCLUDED.seq, "
          + "version = EXCLUDED.version, deleted = EXCLUDED.deleted, changed_at = EXCLUDED.changed_at";

  private static final String RECORD_CHANGE =
      "INSERT INTO transactions.sync_change (user_id, entity, entity_id, seq, version, deleted, changed_at) "
          + "VALUES (CAST(?1 AS uuid), ?2, ?3, ?4, ?5, ?6, ?7) "
          + "ON CONFLICT (user_id, entity, entity_id) DO UPDATE SET seq = EXCLUDED.seq, "
          + "version = EXCLUDED.version, deleted = EXCLUDED.deleted, changed_at = EXCLUDED.changed_at";

  @PersistenceContext(unitName = "transactions")
  EntityManager em;

  /** The unit's data source: inside a JTA transaction, the connection JPA writes through. */
  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /**
   * Hands out the user's next sequence number and locks the user's {@code sync_state} row until the
   * current transaction ends.
   */
  public long nextSeq(UUID userId) {
    Object seq = em.createNativeQuery(NEXT_SEQ).setParameter(1, userId.toString()).getSingleResult();
    return ((Number) seq).longValue();
  }

  /**
   * Hands out {@code count} consecutive sequence numbers at once and locks the user's row as {@link
   * #nextSeq} does.
   *
   * @return the last of them
   */
  public long reserveSeqs(UUID userId, int count) {
    Object seq = em.createNativeQuery(RESERVE_SEQS)
        .setParameter(1, userId.toString())
        .setParameter(2, (long) count)
        .getSingleResult();
    return ((Number) seq).longValue();
  }

  /**
   * Makes these the records' latest changes, numbered from {@code firstSeq} in the map's order, in one JDBC
   * batch on the transaction's connection.
   */
  public void recordChanges(UUID userId, String entity, Map<String, Long> versionsById, long firstSeq) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(RECORD_CHANGE_JDBC)) {
      long seq = firstSeq;
      for (Map.Entry<String, Long> record : versionsById.entrySet()) {
        insert.setString(1, userId.toString());
        insert.setString(2, entity);
        insert.setString(3, record.getKey());
        insert.setLong(4, seq++);
        insert.setLong(5, record.getValue());
        insert.setObject(6, now);
        insert.addBatch();
      }
      insert.executeBatch();
    } catch (SQLException e) {
      throw new PersistenceException("Cannot log " + versionsById.size() + " changes", e);
    }
  }

  /** Makes this the record's latest change (its earlier change, if any, is replaced). */
  public void recordChange(UUID userId, String entity, String entityId, long seq, long version, boolean deleted) {
    em.createNativeQuery(RECORD_CHANGE)
        .setParameter(1, userId.toString())
        .setParameter(2, entity)
        .setParameter(3, entityId)
        .setParameter(4, seq)
        .setParameter(5, version)
        .setParameter(6, deleted)
        .setParameter(7, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS))
        .executeUpdate();
  }

  /** The user's last handed-out sequence number as committed (0 if none): a primary-key read, no lock. */
  public long lastSeq(UUID userId) {
    // Plain JDBC (on the JTA transaction's connection, if there is one): every list page and changes feed reads
    // this for its ETag, and one number through an EclipseLink native query cost 6% of a list page's CPU (JFR).
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(
            "SELECT last_seq FROM transactions.sync_state WHERE user_id = CAST(? AS uuid)")) {
      select.setString(1, userId.toString());
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw new PersistenceException("Cannot read the change sequence", e);
    }
  }

  /** At most {@code limit} changes with a sequence number above {@code afterSeq}, in sequence order. */
  public List<SyncChange> changesAfter(UUID userId, long afterSeq, int limit) {
    return em.createNamedQuery(SyncChange.FIND_BY_OWNER_AFTER_SEQ, SyncChange.class)
        .setParameter("userId", userId)
        .setParameter("afterSeq", afterSeq)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The record's latest change, by primary key. */
  public Optional<SyncChange> find(UUID userId, String entity, String entityId) {
    return em.createNamedQuery(SyncChange.FIND_BY_RECORD, SyncChange.class)
        .setParameter("userId", userId)
        .setParameter("entity", entity)
        .setParameter("entityId", entityId)
        .getResultStream()
        .findFirst();
  }

  /** Users with a sync state (anyone who ever wrote a synced record), in id order after {@code after}. */
  public List<UUID> ownersAfter(UUID after, int limit) {
    String sql = after == null
        ? "SELECT CAST(user_id AS text) FROM transactions.sync_state ORDER BY user_id LIMIT ?1"
        : "SELECT CAST(user_id AS text) FROM transactions.sync_state WHERE user_id > CAST(?2 AS uuid) ORDER BY user_id LIMIT ?1";
    var query = em.createNativeQuery(sql).setParameter(1, limit);
    if (after != null) {
      query.setParameter(2, after.toString());
    }
    return ((List<?>) query.getResultList()).stream().map(id -> UUID.fromString(id.toString())).toList();
  }

  /** Erases the user's whole feed (account deletion). */
  public void deleteAllOf(UUID userId) {
    em.createNamedQuery(SyncChange.DELETE_BY_OWNER).setParameter("userId", userId).executeUpdate();
    em.createNativeQuery("DELETE FROM transactions.sync_state WHERE user_id = CAST(?1 AS uuid)")
        .setParameter(1, userId.toString())
        .executeUpdate();
  }
}

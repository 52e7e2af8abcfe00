package com.duskspendr.transactions.ledger.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The idempotency keys of creates, in native SQL: claiming a key must be one atomic statement
 * ({@code INSERT ... ON CONFLICT}), so that two concurrent requests with the same key cannot both create.
 * The second waits for the first's transaction, then sees its key.
 */
@ApplicationScoped
public class IdempotencyKeyRepository {

  /** A live key: the hash of the request that first used it and the transaction that request created. */
  public record StoredKey(String requestHash, UUID transactionId) {}

  @PersistenceContext(unitName = "transactions")
  EntityManager em;

  /**
   * Claims the key for this request, or takes over an expired one.
   *
   * @return true when claimed; false when a live key exists (see {@link #find})
   */
  public boolean claim(
      UUID userId, String key, String requestHash, UUID transactionId, OffsetDateTime now, OffsetDateTime expiresAt) {
    int rows = em.createNativeQuery(
            "INSERT INTO transactions.idempotency_key"
                + " (user_id, idem_key, request_hash, transaction_id, created_at, expires_at)"
                + " VALUES (CAST(? AS uuid), ?, ?, CAST(? AS uuid), CAST(? AS timestamptz), CAST(? AS timestamptz))"
                + " ON CONFLICT (user_id, idem_key) DO UPDATE SET request_hash = EXCLUDED.request_hash,"
                + " transaction_id = EXCLUDED.transaction_id, created_at = EXCLUDED.created_at,"
                + " expires_at = EXCLUDED.expires_at"
                + " WHERE transactions.idempotency_key.expires_at <= EXCLUDED.created_at")
        .setParameter(1, userId.toString())
        .setParameter(2, key)
        .setParameter(3, requestHash)
        .setParameter(4, transactionId.toString())
        .setParameter(5, now.toString())
        .setParameter(6, expiresAt.toString())
        .executeUpdate();
    return rows == 1;
  }

  public Optional<StoredKey> find(UUID userId, String key) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(
            "SELECT request_hash, CAST(transaction_id AS text) FROM transactions.idempotency_key"
                + " WHERE user_id = CAST(? AS uuid) AND idem_key = ?")
        .setParameter(1, userId.toString())
        .setParameter(2, key)
        .getResultList();
    return rows.stream()
        .findFirst()
        .map(row -> new StoredKey(row[0].toString().strip(), UUID.fromString(row[1].toString())));
  }

  /** Deletes up to {@code batch} expired keys; returns how many. */
  public int purgeExpired(OffsetDateTime now, int batch) {
    return em.createNativeQuery(
            "DELETE FROM transactions.idempotency_key WHERE ctid IN (SELECT ctid FROM"
                + " transactions.idempotency_key WHERE expires_at < CAST(? AS timestamptz) LIMIT " + batch + ")")
        .setParameter(1, now.toString())
        .executeUpdate();
  }

  public int deleteAllOf(UUID userId) {
    return em.createNativeQuery("DELETE FROM transactions.idempotency_key WHERE user_id = CAST(? AS uuid)")
        .setParameter(1, userId.toString())
        .executeUpdate();
  }
}

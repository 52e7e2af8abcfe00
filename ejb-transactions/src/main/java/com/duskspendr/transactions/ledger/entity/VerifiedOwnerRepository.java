package com.duskspendr.transactions.ledger.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The owners whose email is verified ({@code transactions.verified_owner}): only their corrections count
 * toward k in {@link SharedCorrectionsQuery}. Plain SQL, because nothing here is an entity anyone loads;
 * the id as text cast in SQL, as the driver binds it without the mapping's converter.
 */
@ApplicationScoped
public class VerifiedOwnerRepository {

  @PersistenceContext(unitName = "transactions")
  EntityManager em;

  /** Idempotent: verifying twice (a redelivered event, the admin bootstrap) changes nothing. */
  public void add(UUID userId, OffsetDateTime verifiedAt) {
    em.createNativeQuery(
            "INSERT INTO transactions.verified_owner (user_id, verified_at) VALUES (CAST(?1 AS uuid), ?2)"
                + " ON CONFLICT DO NOTHING")
        .setParameter(1, userId.toString())
        .setParameter(2, verifiedAt)
        .executeUpdate();
  }

  public void deleteAllOf(UUID userId) {
    em.createNativeQuery("DELETE FROM transactions.verified_owner WHERE user_id = CAST(?1 AS uuid)")
        .setParameter(1, userId.toString())
        .executeUpdate();
  }
}

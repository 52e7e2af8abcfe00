package com.duskspendr.notifications.digest.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The digests sent, in the caller's JTA transaction. */
@ApplicationScoped
public class DigestLog {

  /** One statement: of two concurrent inserts the second waits for the first's commit and inserts nothing. */
  private static final String MARK_SENT =
      "INSERT INTO notifications.digest_sent (user_id, week, sent_at) VALUES (CAST(?1 AS uuid), ?2, ?3)"
          + " ON CONFLICT DO NOTHING";

  @PersistenceContext(unitName = "notifications")
  EntityManager em;

  /** @return false when this user's digest of this week was sent (or is being sent) already */
  public boolean markSent(UUID userId, String week, OffsetDateTime at) {
    return em.createNativeQuery(MARK_SENT)
        .setParameter(1, userId.toString())
        .setParameter(2, week)
        .setParameter(3, at)
        .executeUpdate() == 1;
  }

  public int deleteAllOf(UUID userId) {
    return em.createNativeQuery("DELETE FROM notifications.digest_sent WHERE user_id = CAST(?1 AS uuid)")
        .setParameter(1, userId.toString())
        .executeUpdate();
  }
}

package com.duskspendr.auth.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Stores and finds refresh tokens (by hash) in the caller's JTA transaction. */
@ApplicationScoped
public class RefreshTokenRepository {

  @PersistenceContext(unitName = "auth")
  EntityManager em;

  public Optional<RefreshToken> find(String tokenHash) {
    return Optional.ofNullable(em.find(RefreshToken.class, tokenHash));
  }

  public void add(RefreshToken token) {
    em.persist(token);
  }

  /**
   * Marks the token used if nobody has yet. One conditional update, so that of two concurrent refreshes
   * with the same token exactly one wins: the row lock makes the second wait and then find it used.
   *
   * @return whether this call marked it (false: it was used already)
   */
  public boolean markUsed(String tokenHash, OffsetDateTime now) {
    return em.createNamedQuery(RefreshToken.MARK_USED)
            .setParameter("tokenHash", tokenHash)
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }
}

package com.duskspendr.auth.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores and finds device sessions in the caller's JTA transaction. */
@ApplicationScoped
public class SessionRepository {

  @PersistenceContext(unitName = "auth")
  EntityManager em;

  public Optional<Session> find(UUID id) {
    return Optional.ofNullable(em.find(Session.class, id));
  }

  /**
   * Whether the session exists (its account too: they are deleted together), is not revoked and has not
   * expired. A scalar query, so it always reads the database, whatever any cache holds.
   */
  public boolean isOpen(UUID id, OffsetDateTime now) {
    return em.createNamedQuery(Session.COUNT_OPEN, Long.class)
            .setParameter("id", id)
            .setParameter("now", now)
            .getSingleResult()
        > 0;
  }

  /** Not revoked, not expired, most recently used first. */
  public List<Session> activeOf(UUID accountId, OffsetDateTime now) {
    return em.createNamedQuery(Session.FIND_ACTIVE_BY_ACCOUNT, Session.class)
        .setParameter("accountId", accountId)
        .setParameter("now", now)
        .getResultList();
  }

  public void add(Session session) {
    em.persist(session);
    // Refresh tokens reference their session by id only (no JPA relationship), so EclipseLink cannot
    // order the inserts by itself: write the session now, before its first token.
    em.flush();
  }

  /**
   * Revokes by a direct update, without loading the session first: used from a transaction of its own
   * while another transaction may hold the same session in its persistence context.
   */
  public void revoke(UUID id, OffsetDateTime now) {
    em.createNamedQuery(Session.REVOKE).setParameter("id", id).setParameter("now", now).executeUpdate();
  }

  /** A user's open grants of one kind ({@link Session#AUTHORIZATION_CODE}), newest first. */
  public List<Session> grantsOf(UUID accountId, String grantType, OffsetDateTime now) {
    return em.createNamedQuery(Session.FIND_GRANTS_BY_ACCOUNT, Session.class)
        .setParameter("accountId", accountId)
        .setParameter("grantType", grantType)
        .setParameter("now", now)
        .getResultList();
  }

  /** Revokes every open session of an OAuth client and says which they were. */
  public List<UUID> revokeAllOf(UUID clientId, OffsetDateTime now) {
    List<UUID> open = em.createNamedQuery(Session.FIND_OPEN_BY_CLIENT, UUID.class)
        .setParameter("clientId", clientId)
        .setParameter("now", now)
        .getResultList();
    em.createNamedQuery(Session.REVOKE_BY_CLIENT).setParameter("clientId", clientId).setParameter("now", now).executeUpdate();
    return open;
  }
}

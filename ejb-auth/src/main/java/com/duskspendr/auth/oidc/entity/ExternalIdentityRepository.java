package com.duskspendr.auth.oidc.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Linked identities and sign-in nonces, in the caller's JTA transaction. */
@ApplicationScoped
public class ExternalIdentityRepository {

  @PersistenceContext(unitName = "auth")
  EntityManager em;

  public Optional<ExternalIdentity> bySubject(String issuer, String subject) {
    return em.createNamedQuery(ExternalIdentity.FIND_BY_SUBJECT, ExternalIdentity.class)
        .setParameter("issuer", issuer)
        .setParameter("subject", subject)
        .getResultStream()
        .findFirst();
  }

  public List<ExternalIdentity> ofAccount(UUID accountId) {
    return em.createNamedQuery(ExternalIdentity.FIND_BY_ACCOUNT, ExternalIdentity.class)
        .setParameter("accountId", accountId)
        .getResultList();
  }

  public Optional<ExternalIdentity> find(UUID id) {
    return Optional.ofNullable(em.find(ExternalIdentity.class, id));
  }

  /** Flushed at once: the unique (issuer, subject) index decides a race between two links of one identity. */
  public void add(ExternalIdentity identity) {
    em.persist(identity);
    em.flush();
  }

  public void remove(ExternalIdentity identity) {
    em.remove(identity);
  }

  public void addNonce(SignInNonce nonce, OffsetDateTime now) {
    em.createNamedQuery(SignInNonce.DELETE_EXPIRED).setParameter("now", now).executeUpdate();
    em.persist(nonce);
  }

  /**
   * Takes the nonce out, locked: of two requests with one ID token, the second finds nothing once the
   * first commits.
   */
  public Optional<SignInNonce> takeNonce(String nonceHash) {
    SignInNonce nonce = em.find(SignInNonce.class, nonceHash, LockModeType.PESSIMISTIC_WRITE);
    if (nonce != null) {
      em.remove(nonce);
    }
    return Optional.ofNullable(nonce);
  }
}

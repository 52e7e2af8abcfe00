package com.duskspendr.auth.oauth.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores and finds clients, pending authorization requests and codes in the caller's JTA transaction. */
@ApplicationScoped
public class OAuthRepository {

  @PersistenceContext(unitName = "auth")
  EntityManager em;

  public void add(Object record) {
    em.persist(record);
  }

  public Optional<OAuthClient> client(UUID id) {
    return Optional.ofNullable(em.find(OAuthClient.class, id));
  }

  public List<OAuthClient> clientsOf(UUID owner) {
    return em.createNamedQuery(OAuthClient.FIND_BY_OWNER, OAuthClient.class).setParameter("owner", owner).getResultList();
  }

  public List<OAuthClient> allClients() {
    return em.createNamedQuery(OAuthClient.FIND_ALL, OAuthClient.class).getResultList();
  }

  public List<OAuthClient> clients(Collection<UUID> ids) {
    return ids.isEmpty()
        ? List.of()
        : em.createQuery("SELECT c FROM OAuthClient c WHERE c.id IN :ids", OAuthClient.class)
            .setParameter("ids", ids)
            .getResultList();
  }

  /** Takes the pending request out: a handle works for one decision only. */
  public Optional<PendingAuthorization> takePending(String handleHash) {
    PendingAuthorization pending = em.find(PendingAuthorization.class, handleHash);
    if (pending != null) {
      em.remove(pending);
    }
    return Optional.ofNullable(pending);
  }

  public Optional<PendingAuthorization> pending(String handleHash) {
    return Optional.ofNullable(em.find(PendingAuthorization.class, handleHash));
  }

  /** Requests nobody decided on and codes nobody exchanged: kept only while they could still be used. */
  public void forgetExpired(OffsetDateTime now, OffsetDateTime codesBefore) {
    em.createNamedQuery(PendingAuthorization.DELETE_EXPIRED).setParameter("now", now).executeUpdate();
    em.createNamedQuery(AuthorizationCode.DELETE_EXPIRED).setParameter("before", codesBefore).executeUpdate();
  }

  public Optional<AuthorizationCode> code(String codeHash) {
    return Optional.ofNullable(em.find(AuthorizationCode.class, codeHash));
  }

  /** True for the one exchange that wins: the conditional update decides between concurrent ones. */
  public boolean markUsed(String codeHash, OffsetDateTime now) {
    return em.createNamedQuery(AuthorizationCode.MARK_USED)
            .setParameter("codeHash", codeHash)
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }
}

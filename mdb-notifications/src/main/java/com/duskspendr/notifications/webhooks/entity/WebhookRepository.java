package com.duskspendr.notifications.webhooks.entity;

import com.duskspendr.notifications.delivery.entity.Delivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Webhooks and their deliveries, in the caller's JTA transaction. */
@ApplicationScoped
public class WebhookRepository {

  @PersistenceContext(unitName = "notifications")
  EntityManager em;

  public void add(Webhook webhook) {
    em.persist(webhook);
  }

  public Optional<Webhook> find(UUID id) {
    return Optional.ofNullable(em.find(Webhook.class, id));
  }

  /** The user's webhook with this id; never another user's. */
  public Optional<Webhook> findOwn(UUID owner, UUID id) {
    return find(id).filter(w -> owner.equals(w.userId()));
  }

  public List<Webhook> ownedBy(UUID owner) {
    return em.createNamedQuery(Webhook.FIND_BY_OWNER, Webhook.class).setParameter("owner", owner).getResultList();
  }

  public long countOwnedBy(UUID owner) {
    return ownedBy(owner).size();
  }

  /** Newest first, at most {@code limit}. */
  @SuppressWarnings("unchecked")
  public List<Delivery> deliveriesOf(Webhook webhook, int limit) {
    return em.createNativeQuery("SELECT d.* FROM notifications.delivery d WHERE d.channel = 'webhook'"
            + " AND d.target = ?1 AND d.user_id = CAST(?2 AS uuid) ORDER BY d.created_at DESC, d.id DESC LIMIT ?3",
            Delivery.class)
        .setParameter(1, webhook.id().toString())
        .setParameter(2, webhook.userId().toString())
        .setParameter(3, limit)
        .getResultList();
  }

  /** The webhook, and the log of its deliveries with it. */
  public void remove(Webhook webhook) {
    em.createNativeQuery("DELETE FROM notifications.delivery WHERE channel = 'webhook' AND target = ?1")
        .setParameter(1, webhook.id().toString()).executeUpdate();
    em.remove(webhook);
  }

  public int deleteAllOf(UUID owner) {
    return em.createNativeQuery("DELETE FROM notifications.webhook WHERE user_id = CAST(?1 AS uuid)")
        .setParameter(1, owner.toString()).executeUpdate();
  }
}

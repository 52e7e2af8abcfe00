package com.duskspendr.notifications.inbox.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Notifications, in the caller's JTA transaction. */
@ApplicationScoped
public class NotificationRepository {

  /**
   * Insert-if-absent in one statement: of two concurrent deliveries of the same event only one inserts
   * (the other waits for its commit, then inserts nothing), so only one plans deliveries.
   */
  private static final String ADD_IF_ABSENT =
      "INSERT INTO notifications.notification"
          + " (id, user_id, event_id, type, title, body, data, urgent, in_app, created_at)"
          + " VALUES (CAST(?1 AS uuid), CAST(?2 AS uuid), CAST(?3 AS uuid), ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
          + " ON CONFLICT DO NOTHING";

  @PersistenceContext(unitName = "notifications")
  EntityManager em;

  /** @return false when a notification with this id exists already (a redelivered event) */
  public boolean addIfAbsent(Notification n) {
    return em.createNativeQuery(ADD_IF_ABSENT)
        .setParameter(1, n.id().toString())
        .setParameter(2, n.userId().toString())
        .setParameter(3, n.eventId().toString())
        .setParameter(4, n.type())
        .setParameter(5, n.title())
        .setParameter(6, n.body())
        .setParameter(7, n.data())
        .setParameter(8, n.urgent())
        .setParameter(9, n.inApp())
        .setParameter(10, n.createdAt())
        .executeUpdate() == 1;
  }

  /** The user's notification with this id; never another user's. */
  public Optional<Notification> findOwn(UUID owner, UUID id) {
    return Optional.ofNullable(em.find(Notification.class, id)).filter(n -> owner.equals(n.userId()));
  }

  public Optional<Notification> find(UUID id) {
    return Optional.ofNullable(em.find(Notification.class, id));
  }

  /**
   * One page of the user's inbox, newest first, after the keyset position (null: from the newest). Native,
   * so the row comparison {@code (created_at, id) < (?, ?)} walks the inbox index.
   */
  @SuppressWarnings("unchecked")
  public List<Notification> inbox(UUID owner, OffsetDateTime afterCreated, UUID afterId, boolean unreadOnly, int limit) {
    StringBuilder sql = new StringBuilder(
        "SELECT n.* FROM notifications.notification n WHERE n.user_id = CAST(?1 AS uuid) AND n.in_app");
    if (unreadOnly) {
      sql.append(" AND n.read_at IS NULL");
    }
    if (afterCreated != null) {
      sql.append(" AND (n.created_at, n.id) < (?2, CAST(?3 AS uuid))");
    }
    sql.append(" ORDER BY n.created_at DESC, n.id DESC LIMIT ?4");
    var query = em.createNativeQuery(sql.toString(), Notification.class).setParameter(1, owner.toString());
    if (afterCreated != null) {
      query.setParameter(2, afterCreated).setParameter(3, afterId.toString());
    }
    return query.setParameter(4, limit).getResultList();
  }

  /** The user's in-app notifications after this position, oldest first: what a reconnecting stream missed. */
  @SuppressWarnings("unchecked")
  public List<Notification> after(UUID owner, OffsetDateTime createdAt, UUID id, int limit) {
    return em.createNativeQuery("SELECT n.* FROM notifications.notification n WHERE n.user_id = CAST(?1 AS uuid)"
            + " AND n.in_app AND (n.created_at, n.id) > (?2, CAST(?3 AS uuid)) ORDER BY n.created_at, n.id LIMIT ?4",
            Notification.class)
        .setParameter(1, owner.toString())
        .setParameter(2, createdAt)
        .setParameter(3, id.toString())
        .setParameter(4, limit)
        .getResultList();
  }

  public long countUnread(UUID owner) {
    return em.createNamedQuery(Notification.COUNT_UNREAD, Long.class).setParameter("user", owner).getSingleResult();
  }

  public int markAllRead(UUID owner, OffsetDateTime at) {
    return em.createNativeQuery(
            "UPDATE notifications.notification SET read_at = ?2"
                + " WHERE user_id = CAST(?1 AS uuid) AND in_app AND read_at IS NULL")
        .setParameter(1, owner.toString())
        .setParameter(2, at)
        .executeUpdate();
  }

  public void remove(Notification n) {
    em.remove(n);
  }

  /** Every notification of the user, and with them (ON DELETE CASCADE) their deliveries. */
  public int deleteAllOf(UUID owner) {
    return em.createNativeQuery("DELETE FROM notifications.notification WHERE user_id = CAST(?1 AS uuid)")
        .setParameter(1, owner.toString())
        .executeUpdate();
  }
}

package com.duskspendr.notifications.delivery.entity;

import com.duskspendr.platform.persistence.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Deliveries, in the caller's JTA transaction. */
@ApplicationScoped
public class DeliveryRepository {

  private static final String PLAN =
      "INSERT INTO notifications.delivery (id, notification_id, user_id, channel, target, payload, status, attempts,"
          + " next_attempt_at, created_at, updated_at)"
          + " VALUES (CAST(?1 AS uuid), CAST(?2 AS uuid), CAST(?3 AS uuid), ?4, ?5, ?6, 'pending', 0, ?7, ?8, ?8)"
          + " ON CONFLICT DO NOTHING";

  /**
   * Takes due rows for this sweeper and leases them: moving {@code next_attempt_at} past the lease keeps
   * other instances off them while this one sends (outside any transaction), and an instance that dies
   * mid-send leaves them to be taken again when the lease ends. SKIP LOCKED: sweepers of several instances
   * never wait for, nor take, each other's rows.
   */
  private static final String CLAIM =
      "UPDATE notifications.delivery d SET next_attempt_at = now() + CAST(? AS interval), attempts = d.attempts + 1,"
          + " updated_at = now()"
          + " WHERE d.id IN (SELECT id FROM notifications.delivery WHERE status = 'pending' AND next_attempt_at <= now()"
          + " ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)"
          + " RETURNING d.id";

  @PersistenceContext(unitName = "notifications")
  EntityManager em;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  public boolean plan(PlannedDelivery d) {
    return em.createNativeQuery(PLAN)
        .setParameter(1, d.id().toString())
        .setParameter(2, d.notificationId() == null ? null : d.notificationId().toString())
        .setParameter(3, d.userId() == null ? null : d.userId().toString())
        .setParameter(4, d.channel())
        .setParameter(5, d.target())
        .setParameter(6, d.payload())
        .setParameter(7, d.dueAt())
        .setParameter(8, OffsetDateTime.now())
        .executeUpdate() == 1;
  }

  /** @return the ids of the rows now leased to the caller */
  public List<UUID> claim(int limit, Duration lease) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement claim = connection.prepareStatement(CLAIM)) {
      claim.setString(1, lease.toMillis() + " milliseconds");
      claim.setInt(2, limit);
      List<UUID> ids = new ArrayList<>();
      try (ResultSet rows = claim.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getObject(1, UUID.class));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not claim deliveries", e);
    }
  }

  public Optional<Delivery> find(UUID id) {
    return Optional.ofNullable(em.find(Delivery.class, id));
  }

  public List<Delivery> ofNotification(UUID notificationId) {
    return em.createNamedQuery(Delivery.FIND_BY_NOTIFICATION, Delivery.class)
        .setParameter("notification", notificationId).getResultList();
  }

  public int deleteAllOf(UUID userId) {
    return em.createNativeQuery("DELETE FROM notifications.delivery WHERE user_id = CAST(?1 AS uuid)")
        .setParameter(1, userId.toString()).executeUpdate();
  }

  /** Account mail is erased once it has gone out or failed for good: it names an address and no account. */
  public int deleteFinishedAccountMail() {
    return em.createNativeQuery("DELETE FROM notifications.delivery WHERE notification_id IS NULL AND user_id IS NULL"
            + " AND status <> 'pending'")
        .executeUpdate();
  }
}

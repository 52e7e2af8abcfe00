package com.duskspendr.notifications.preferences.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** Users' stored settings, in the caller's JTA transaction. */
@ApplicationScoped
public class StoredSettingsRepository {

  @PersistenceContext(unitName = "notifications")
  EntityManager em;

  public Optional<StoredSettings> find(UUID userId) {
    return Optional.ofNullable(em.find(StoredSettings.class, userId));
  }

  public StoredSettings findOrNew(UUID userId) {
    return find(userId).orElseGet(() -> {
      StoredSettings created = new StoredSettings(userId);
      em.persist(created);
      return created;
    });
  }

  public int deleteAllOf(UUID userId) {
    return em.createQuery("DELETE FROM StoredSettings s WHERE s.userId = :user")
        .setParameter("user", userId).executeUpdate();
  }
}

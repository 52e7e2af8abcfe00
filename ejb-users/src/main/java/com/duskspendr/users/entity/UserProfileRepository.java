package com.duskspendr.users.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores and finds profiles. Joins the caller's JTA transaction through the container-managed entity
 * manager; it opens none of its own.
 */
@ApplicationScoped
public class UserProfileRepository {

  @PersistenceContext(unitName = "users")
  EntityManager em;

  public Optional<UserProfile> find(UUID accountId) {
    return Optional.ofNullable(em.find(UserProfile.class, accountId));
  }

  /** Account ids in id order after {@code after} (null: from the first), at most {@code limit}. */
  public List<UUID> accountIdsAfter(UUID after, int limit) {
    List<?> rows = em.createNativeQuery(
            "SELECT CAST(account_id AS text) FROM users.user_profile"
                + " WHERE account_id > CAST(?1 AS uuid) ORDER BY account_id LIMIT ?2")
        // the nil UUID sorts before every random (version 4) id
        .setParameter(1, (after == null ? new UUID(0, 0) : after).toString())
        .setParameter(2, limit)
        .getResultList();
    return rows.stream().map(row -> UUID.fromString(row.toString())).toList();
  }

  public void add(UserProfile profile) {
    em.persist(profile);
  }

  /** @return whether there was a profile to delete */
  public boolean delete(UUID accountId) {
    return find(accountId)
        .map(
            profile -> {
              em.remove(profile);
              return true;
            })
        .orElse(false);
  }
}

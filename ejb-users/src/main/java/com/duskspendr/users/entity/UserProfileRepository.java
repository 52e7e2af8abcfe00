package com.duskspendr.users.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

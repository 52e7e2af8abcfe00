package com.duskspendr.users.entity;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A repository without a database, for tests of the logic around it. */
public class InMemoryUserProfileRepository extends UserProfileRepository {

  public final Map<UUID, UserProfile> stored = new HashMap<>();

  @Override
  public Optional<UserProfile> find(UUID accountId) {
    return Optional.ofNullable(stored.get(accountId));
  }

  @Override
  public void add(UserProfile profile) {
    if (stored.putIfAbsent(profile.accountId(), profile) != null) {
      throw new IllegalStateException("duplicate key " + profile.accountId());
    }
  }

  @Override
  public boolean delete(UUID accountId) {
    return stored.remove(accountId) != null;
  }
}

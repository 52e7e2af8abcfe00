package com.duskspendr.auth.boundary;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/** An account as an admin sees it: no password material, nothing of the user's finances. */
public record AccountSummary(
    UUID id, String email, Set<String> roles, OffsetDateTime createdAt, boolean emailVerified,
    OffsetDateTime lockedAt, int activeSessions) {

  public AccountSummary {
    roles = Set.copyOf(roles);
  }

  public boolean locked() {
    return lockedAt != null;
  }
}

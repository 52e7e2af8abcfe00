package com.duskspendr.auth.boundary;

import com.duskspendr.platform.identity.AccountId;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * What a verified access token says: who calls, from which device session, with which roles, until when.
 *
 * @param groups the roles ({@code groups} claim), for {@code @RolesAllowed}
 * @param expiresAt the token's {@code exp}: nobody may trust it, cached or not, after this instant
 */
public record VerifiedAccessToken(AccountId accountId, UUID sessionId, Set<String> groups, Instant expiresAt) {

  public VerifiedAccessToken {
    groups = Set.copyOf(groups);
  }

  public boolean isExpiredAt(Instant instant) {
    return !instant.isBefore(expiresAt);
  }
}

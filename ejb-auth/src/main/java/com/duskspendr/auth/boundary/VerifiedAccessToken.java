package com.duskspendr.auth.boundary;

import com.duskspendr.platform.identity.AccountId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a verified access token says: who calls, from which device session, with which roles, until when.
 *
 * @param groups the roles ({@code groups} claim), for {@code @RolesAllowed}
 * @param expiresAt the token's {@code exp}: nobody may trust it, cached or not, after this instant
 * @param clientId the OAuth client the token was issued to ({@code azp}); null for a first-party token
 * @param scopes what an OAuth client's token allows ({@code scope}); empty for a first-party token, which
 *     allows everything its roles do
 */
public record VerifiedAccessToken(
    AccountId accountId, UUID sessionId, Set<String> groups, Instant expiresAt, String clientId, Set<String> scopes) {

  public VerifiedAccessToken {
    groups = Set.copyOf(groups);
    scopes = Set.copyOf(scopes);
  }

  /** A first-party (mobile) token: no client, full access. */
  public VerifiedAccessToken(AccountId accountId, UUID sessionId, Set<String> groups, Instant expiresAt) {
    this(accountId, sessionId, groups, expiresAt, null, Set.of());
  }

  public boolean isFirstParty() {
    return clientId == null;
  }

  public Optional<String> client() {
    return Optional.ofNullable(clientId);
  }

  /** Whether the token may do what {@code scope} names: a first-party token may do everything. */
  public boolean allows(String scope) {
    return isFirstParty() || scopes.contains(scope);
  }

  public boolean isExpiredAt(Instant instant) {
    return !instant.isBefore(expiresAt);
  }
}

package com.duskspendr.auth.control;

import com.duskspendr.auth.boundary.TokenPair;
import com.duskspendr.auth.entity.RefreshToken;
import com.duskspendr.auth.entity.RefreshTokenRepository;
import com.duskspendr.auth.entity.Session;
import com.duskspendr.auth.entity.SessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Tokens of a session, first-party or an OAuth grant alike: issuing a pair, and rotating a refresh token
 * with reuse detection. One place, so that a client's grant rotates exactly as a phone's session does.
 */
@ApplicationScoped
public class SessionTokens {

  @Inject SessionRepository sessions;
  @Inject RefreshTokenRepository refreshTokens;
  @Inject AccessTokenIssuer accessTokens;
  @Inject SessionRevocation revocation;

  /**
   * Spends a refresh token: the open session it belongs to when {@code mayUse} accepts it, else empty. A
   * token used before (seen now, or by a concurrent refresh that won the conditional update) means a copy
   * is in someone else's hands: its whole session is revoked, in a transaction of its own.
   */
  public Optional<Session> spend(String refreshToken, OffsetDateTime now, Predicate<Session> mayUse) {
    String hash = RefreshTokens.hash(refreshToken);
    Optional<RefreshToken> stored = refreshTokens.find(hash);
    Optional<Session> session = stored
        .flatMap(token -> sessions.find(token.sessionId()))
        .filter(candidate -> candidate.isActiveAt(now))
        .filter(mayUse);
    if (session.isEmpty()) {
      return Optional.empty();
    }
    if (stored.get().isUsed() || !refreshTokens.markUsed(hash, now)) {
      revocation.revokeAfterTokenReuse(session.get().id());
      return Optional.empty();
    }
    return session;
  }

  /** A new access token and the next refresh token of the session's family. */
  public TokenPair issue(UUID subject, List<String> groups, Session session, OffsetDateTime now) {
    String refreshToken = RefreshTokens.generate();
    refreshTokens.add(new RefreshToken(RefreshTokens.hash(refreshToken), session.id(), now));
    return new TokenPair(accessToken(subject, groups, session, scopesOf(session)), refreshToken,
        accessTokens.ttl().toSeconds(), session.id());
  }

  /** An access token alone, for a scope the grant allows (the grant's own, or less on a narrowed refresh). */
  public String accessToken(UUID subject, List<String> groups, Session session, List<String> scopes) {
    return session.isFirstParty()
        ? accessTokens.issue(subject, groups, session.id())
        : accessTokens.issue(subject, groups, session.id(), session.clientId(), scopes);
  }

  public long accessTokenSeconds() {
    return accessTokens.ttl().toSeconds();
  }

  public static List<String> scopesOf(Session session) {
    return session.scope() == null || session.scope().isBlank() ? List.of() : Arrays.asList(session.scope().split(" "));
  }
}

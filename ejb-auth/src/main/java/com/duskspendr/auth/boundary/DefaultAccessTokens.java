package com.duskspendr.auth.boundary;

import com.duskspendr.auth.control.AccessTokenIssuer;
import com.duskspendr.auth.control.SessionActivity;
import com.duskspendr.auth.control.SessionsClosed;
import com.duskspendr.auth.control.SigningKeys;
import com.duskspendr.auth.control.TokenSignatureVerifier;
import com.duskspendr.auth.control.VerifiedTokenCache;
import com.duskspendr.auth.entity.SessionRepository;
import com.duskspendr.platform.persistence.Timestamps;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A CDI bean rather than a {@code @Stateless} one: it runs on every authenticated request, needs no
 * transaction, and an EJB's interceptor chain would cost more than a cached verification itself.
 *
 * <p>The signature of a token is checked once ({@link VerifiedTokenCache}); its session on every request
 * ({@link SessionActivity}, which asks the database at most once per {@code session-check-interval}).
 */
@ApplicationScoped
public class DefaultAccessTokens implements AccessTokens {

  /** The issuer's own settings decide what a valid token names as issuer and audience: one source for both. */
  @Inject AccessTokenIssuer issuer;

  @Inject
  @ConfigProperty(name = "duskspendr.auth.token-cache.max-entries", defaultValue = "10000")
  int maxEntries;

  @Inject
  @ConfigProperty(name = "duskspendr.auth.session-check-interval", defaultValue = "PT2S")
  Duration sessionCheckInterval;

  @Inject SessionRepository sessions;

  Clock clock = Clock.systemUTC();

  private TokenSignatureVerifier signatures;
  private VerifiedTokenCache verified;
  private SessionActivity activity;

  @PostConstruct
  void build() {
    signatures = new TokenSignatureVerifier(SigningKeys::current, issuer.issuer(), issuer.audience());
    verified = new VerifiedTokenCache(maxEntries);
    activity =
        new SessionActivity(
            id -> sessions.isOpen(id, Timestamps.now(clock)), sessionCheckInterval, maxEntries, System::nanoTime);
  }

  @Override
  public Optional<VerifiedAccessToken> verify(String compactToken) {
    if (compactToken == null || compactToken.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    String key = VerifiedTokenCache.keyOf(compactToken);
    Optional<VerifiedAccessToken> token = verified.find(key, now);
    if (token.isEmpty()) {
      token = signatures.verify(compactToken, now);
      token.ifPresent(valid -> verified.put(key, valid, now));
    }
    return token.filter(valid -> activity.isOpen(valid.sessionId()));
  }

  void sessionsClosed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsClosed closed) {
    closed.sessionIds().forEach(activity::revoked);
  }
}

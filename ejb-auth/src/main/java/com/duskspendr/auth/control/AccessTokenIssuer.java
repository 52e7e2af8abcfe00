package com.duskspendr.auth.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues short-lived RS256 access tokens in the MicroProfile JWT shape: {@code sub} and {@code upn} are the
 * account id (never the email: a token must not carry personal data a log or a proxy could keep), {@code
 * aud} names this API, {@code groups} carries the roles, {@code sid} ties the token to its device session.
 */
@ApplicationScoped
public class AccessTokenIssuer {

  @Inject
  @ConfigProperty(name = "duskspendr.jwt.issuer", defaultValue = AccessTokenClaims.DEFAULT_ISSUER)
  String issuer;

  @Inject
  @ConfigProperty(name = "duskspendr.jwt.audience", defaultValue = AccessTokenClaims.DEFAULT_AUDIENCE)
  String audience;

  @Inject
  @ConfigProperty(name = "duskspendr.jwt.access-token-ttl", defaultValue = "PT15M")
  Duration ttl;

  Supplier<SigningKeys> keys = SigningKeys::current;
  Clock clock = Clock.systemUTC();

  /**
   * @param groups the account's roles, in the order they should appear
   */
  public String issue(UUID accountId, Collection<String> groups, UUID sessionId) {
    return issue(accountId, groups, sessionId, null, List.of());
  }

  /**
   * A token for an OAuth client: {@code azp} names the client and {@code scope} what it may do.
   *
   * @param subject the user of an authorization-code grant, or the client itself for client credentials
   */
  public String issue(UUID subject, Collection<String> groups, UUID sessionId, UUID clientId, Collection<String> scopes) {
    RSAKey key = keys.get().signingKey();
    // JWT times are whole seconds; truncating keeps exp - iat exactly the configured lifetime.
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(subject.toString())
            .audience(audience)
            .claim(AccessTokenClaims.UPN, subject.toString())
            .claim(AccessTokenClaims.GROUPS, List.copyOf(groups))
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(ttl)))
            .jwtID(UUID.randomUUID().toString())
            .claim(AccessTokenClaims.SESSION, sessionId.toString())
            .claim(AccessTokenClaims.AUTHORIZED_PARTY, clientId == null ? null : clientId.toString())
            .claim(AccessTokenClaims.SCOPE, clientId == null ? null : String.join(" ", scopes))
            .build();
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(key.getKeyID()).build();
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign an access token with key " + key.getKeyID(), e);
    }
    return jwt.serialize();
  }

  /** The {@code iss} its tokens carry (and a valid token must). */
  public String issuer() {
    return issuer;
  }

  /** The {@code aud} its tokens carry (and a valid token must). */
  public String audience() {
    return audience;
  }

  /** How long a token issued now stays valid, for the {@code expires_in} of the token response. */
  public Duration ttl() {
    return ttl;
  }
}

package com.duskspendr.auth.control;

import com.duskspendr.auth.boundary.VerifiedAccessToken;
import com.duskspendr.platform.identity.AccountId;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The expensive part of trusting a token: RS256 signature by the key its {@code kid} names (the current key
 * or a retired one still in {@code duskspendr.jwt.previous-public-keys}), then {@code iss}, {@code aud},
 * {@code exp} and the shape of {@code sub}/{@code sid}/{@code groups}. Plain Java, so it is unit tested
 * without a container.
 */
public class TokenSignatureVerifier {

  private final Supplier<SigningKeys> keys;
  private final String issuer;
  private final String audience;
  /** One verifier per key id: building one parses the RSA key, which is worth doing once. */
  private final Map<String, JWSVerifier> verifiers = new ConcurrentHashMap<>();

  public TokenSignatureVerifier(Supplier<SigningKeys> keys, String issuer, String audience) {
    this.keys = keys;
    this.issuer = issuer;
    this.audience = audience;
  }

  public Optional<VerifiedAccessToken> verify(String compactToken, Instant now) {
    try {
      SignedJWT jwt = SignedJWT.parse(compactToken);
      Optional<JWSVerifier> verifier = verifierFor(jwt.getHeader());
      if (verifier.isEmpty() || !jwt.verify(verifier.get())) {
        return Optional.empty();
      }
      return claimsOf(jwt.getJWTClaimsSet(), now);
    } catch (ParseException | JOSEException | IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  /** Only RS256 with a key we publish: "none", HS256 with our public key as secret and unknown kids fail here. */
  private Optional<JWSVerifier> verifierFor(JWSHeader header) {
    String kid = header.getKeyID();
    if (!JWSAlgorithm.RS256.equals(header.getAlgorithm()) || kid == null) {
      return Optional.empty();
    }
    JWSVerifier known = verifiers.get(kid);
    if (known != null) {
      return Optional.of(known);
    }
    JWK key = keys.get().publicKeys().getKeyByKeyId(kid);
    if (!(key instanceof RSAKey rsa)) {
      return Optional.empty();
    }
    try {
      return Optional.of(verifiers.computeIfAbsent(kid, id -> newVerifier(rsa)));
    } catch (IllegalStateException unusable) {
      return Optional.empty();
    }
  }

  private static JWSVerifier newVerifier(RSAKey key) {
    try {
      return new RSASSAVerifier(key);
    } catch (JOSEException e) {
      throw new IllegalStateException("Unusable RSA key " + key.getKeyID(), e);
    }
  }

  private Optional<VerifiedAccessToken> claimsOf(JWTClaimsSet claims, Instant now) throws ParseException {
    Date expiry = claims.getExpirationTime();
    List<String> audiences = claims.getAudience();
    if (!issuer.equals(claims.getIssuer())
        || audiences == null
        || !audiences.contains(audience)
        || expiry == null
        || !now.isBefore(expiry.toInstant())) {
      return Optional.empty();
    }
    String subject = claims.getSubject();
    String session = claims.getStringClaim(AccessTokenClaims.SESSION);
    List<String> groups = claims.getStringListClaim(AccessTokenClaims.GROUPS);
    if (subject == null || session == null || groups == null) {
      return Optional.empty();
    }
    Set<String> roles = new HashSet<>(groups);
    String client = claims.getStringClaim(AccessTokenClaims.AUTHORIZED_PARTY);
    String scope = claims.getStringClaim(AccessTokenClaims.SCOPE);
    if (client == null) {
      return Optional.of(
          new VerifiedAccessToken(AccountId.parse(subject), UUID.fromString(session), roles, expiry.toInstant()));
    }
    // A client's token without a scope would otherwise pass for a first-party one: it allows nothing instead.
    Set<String> scopes = scope == null || scope.isBlank() ? Set.of() : Set.of(scope.strip().split(" +"));
    return Optional.of(new VerifiedAccessToken(
        AccountId.parse(subject), UUID.fromString(session), roles, expiry.toInstant(), client, scopes));
  }
}

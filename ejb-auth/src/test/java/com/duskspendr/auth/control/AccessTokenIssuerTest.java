package com.duskspendr.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessTokenIssuerTest {

  @TempDir Path dataDir;

  private final AccessTokenIssuer issuer = new AccessTokenIssuer();
  private final Instant now = Instant.parse("2025-03-01T12:00:00.789Z");
  private final UUID accountId = UUID.randomUUID();
  private final UUID sessionId = UUID.randomUUID();
  private SigningKeys keys;

  @BeforeEach
  void wire() {
    keys = SigningKeys.load(new KeySettings(Optional.empty(), dataDir, Optional.empty()));
    issuer.keys = () -> keys;
    issuer.issuer = "https://duskspendr.test";
    issuer.audience = "duskspendr-test";
    issuer.ttl = Duration.ofMinutes(15);
    issuer.clock = Clock.fixed(now, ZoneOffset.UTC);
  }

  /** Verifies as a relying party would: the key chosen by kid from the published JWKS. */
  private JWTClaimsSet verified(String token) throws Exception {
    SignedJWT jwt = SignedJWT.parse(token);
    assertEquals(JWSAlgorithm.RS256, jwt.getHeader().getAlgorithm());
    String kid = jwt.getHeader().getKeyID();
    RSAKey key = (RSAKey) JWKSet.parse(keys.publicJwksJson()).getKeyByKeyId(kid);
    assertNotNull(key, "published key for kid " + kid);
    assertTrue(jwt.verify(new RSASSAVerifier(key)), "signature");
    return jwt.getJWTClaimsSet();
  }

  @Test
  void signsTheMicroProfileClaims() throws Exception {
    JWTClaimsSet claims = verified(issuer.issue(accountId, List.of("user"), sessionId));
    assertEquals("https://duskspendr.test", claims.getIssuer());
    assertEquals(accountId.toString(), claims.getSubject());
    assertEquals(accountId.toString(), claims.getStringClaim("upn"), "the account id, never the email");
    assertEquals(List.of("duskspendr-test"), claims.getAudience());
    assertEquals(List.of("user"), claims.getStringListClaim("groups"));
    assertEquals(sessionId.toString(), claims.getStringClaim("sid"));
    assertNotNull(UUID.fromString(claims.getJWTID()));
  }

  @Test
  void namesTheSigningKey() throws Exception {
    String token = issuer.issue(accountId, List.of("user"), sessionId);
    assertEquals(keys.keyId(), SignedJWT.parse(token).getHeader().getKeyID());
  }

  @Test
  void expiresTheConfiguredTimeAfterIssue() throws Exception {
    JWTClaimsSet claims = verified(issuer.issue(accountId, List.of("user"), sessionId));
    assertEquals(Date.from(Instant.parse("2025-03-01T12:00:00Z")), claims.getIssueTime());
    assertEquals(Duration.ofMinutes(15), Duration.between(claims.getIssueTime().toInstant(),
        claims.getExpirationTime().toInstant()));
    assertEquals(Duration.ofMinutes(15), issuer.ttl());
  }

  @Test
  void carriesTheAdminGroup() throws Exception {
    JWTClaimsSet claims = verified(issuer.issue(accountId, List.of("user", "admin"), sessionId));
    assertEquals(List.of("user", "admin"), claims.getStringListClaim("groups"));
  }

  @Test
  void givesEachTokenItsOwnId() throws Exception {
    String first = issuer.issue(accountId, List.of("user"), sessionId);
    String second = issuer.issue(accountId, List.of("user"), sessionId);
    assertNotEquals(verified(first).getJWTID(), verified(second).getJWTID());
  }

  @Test
  void aTokenFromAnotherKeyDoesNotVerify() throws Exception {
    String token = issuer.issue(accountId, List.of("user"), sessionId);
    RSAKey stranger = SigningKeys.generate().toPublicJWK();
    assertFalse(SignedJWT.parse(token).verify(new RSASSAVerifier(stranger)));
  }
}

package com.duskspendr.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.auth.boundary.VerifiedAccessToken;
import com.duskspendr.platform.identity.AccountId;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signature check, the cache of verified tokens and the session check, without a container. */
class TokenVerificationTest {

  @TempDir Path dataDir;
  @TempDir Path otherDir;

  private final Instant now = Instant.parse("2026-03-01T12:00:00Z");
  private final UUID accountId = UUID.randomUUID();
  private final UUID sessionId = UUID.randomUUID();
  private SigningKeys keys;

  @BeforeEach
  void keys() {
    keys = SigningKeys.load(new KeySettings(Optional.empty(), dataDir, Optional.empty()));
  }

  private String token(SigningKeys signer, String audience, Instant issuedAt) {
    AccessTokenIssuer issuer = new AccessTokenIssuer();
    issuer.keys = () -> signer;
    issuer.issuer = "https://duskspendr.test";
    issuer.audience = audience;
    issuer.ttl = Duration.ofMinutes(15);
    issuer.clock = Clock.fixed(issuedAt, ZoneOffset.UTC);
    return issuer.issue(accountId, List.of("user"), sessionId);
  }

  private TokenSignatureVerifier verifier() {
    return new TokenSignatureVerifier(() -> keys, "https://duskspendr.test", "duskspendr-api");
  }

  @Test
  void acceptsOurTokenAndReadsItsClaims() {
    VerifiedAccessToken token = verifier().verify(token(keys, "duskspendr-api", now), now.plusSeconds(60)).orElseThrow();
    assertEquals(new AccountId(accountId), token.accountId());
    assertEquals(sessionId, token.sessionId());
    assertEquals(Set.of("user"), token.groups());
    assertEquals(now.plus(Duration.ofMinutes(15)), token.expiresAt());
  }

  @Test
  void aClientsTokenCarriesItsClientAndScopesAndAllowsNoMore() {
    AccessTokenIssuer issuer = new AccessTokenIssuer();
    issuer.keys = () -> keys;
    issuer.issuer = "https://duskspendr.test";
    issuer.audience = "duskspendr-api";
    issuer.ttl = Duration.ofMinutes(15);
    issuer.clock = Clock.fixed(now, ZoneOffset.UTC);
    UUID client = UUID.randomUUID();
    String compact = issuer.issue(accountId, List.of("user"), sessionId, client, List.of("transactions:read", "budgets:read"));
    VerifiedAccessToken token = verifier().verify(compact, now).orElseThrow();
    assertEquals(client.toString(), token.clientId());
    assertEquals(Set.of("transactions:read", "budgets:read"), token.scopes());
    assertFalse(token.isFirstParty());
    assertTrue(token.allows("budgets:read"));
    assertFalse(token.allows("transactions:write"));

    VerifiedAccessToken firstParty = verifier().verify(token(keys, "duskspendr-api", now), now).orElseThrow();
    assertTrue(firstParty.isFirstParty());
    assertTrue(firstParty.allows("transactions:write"), "a first-party token keeps full access");
  }

  @Test
  void refusesAnotherAudienceAnExpiredTokenAndAForeignKey() {
    assertTrue(verifier().verify(token(keys, "someone-else", now), now).isEmpty());
    assertTrue(verifier().verify(token(keys, "duskspendr-api", now), now.plus(Duration.ofMinutes(15))).isEmpty());
    SigningKeys stranger = SigningKeys.load(new KeySettings(Optional.empty(), otherDir, Optional.empty()));
    assertTrue(verifier().verify(token(stranger, "duskspendr-api", now), now).isEmpty());
    assertTrue(verifier().verify("not.a.token", now).isEmpty());
  }

  @Test
  void aRetiredKeyStillVerifiesDuringARotation() {
    SigningKeys retired = SigningKeys.load(new KeySettings(Optional.empty(), otherDir, Optional.empty()));
    keys = SigningKeys.load(new KeySettings(Optional.empty(), dataDir, Optional.of(retired.publicJwksJson())));
    assertTrue(verifier().verify(token(retired, "duskspendr-api", now), now).isPresent());
  }

  @Test
  void theCacheNeverAnswersPastExpiryAndStaysBounded() {
    VerifiedTokenCache cache = new VerifiedTokenCache(2);
    VerifiedAccessToken token =
        new VerifiedAccessToken(new AccountId(accountId), sessionId, Set.of("user"), now.plusSeconds(10));
    cache.put("a", token, now);
    assertTrue(cache.find("a", now.plusSeconds(9)).isPresent());
    assertTrue(cache.find("a", now.plusSeconds(10)).isEmpty());

    cache.put("b", token, now);
    cache.put("c", token, now);
    cache.put("d", token, now);
    assertEquals(2, cache.size());
    VerifiedAccessToken later =
        new VerifiedAccessToken(new AccountId(accountId), sessionId, Set.of("user"), now.plusSeconds(100));
    cache.put("e", later, now.plusSeconds(11));
    assertTrue(cache.find("e", now.plusSeconds(11)).isPresent(), "expired entries make room");
    assertFalse(VerifiedTokenCache.keyOf("x.y.z").contains("x.y.z"));
  }

  @Test
  void aSessionIsAskedAgainAfterTheIntervalAndARevocationHereCountsAtOnce() {
    AtomicLong clock = new AtomicLong();
    List<UUID> asked = new ArrayList<>();
    boolean[] openInDatabase = {true};
    SessionActivity activity = new SessionActivity(id -> {
      asked.add(id);
      return openInDatabase[0];
    }, Duration.ofSeconds(2), 100, clock::get);

    assertTrue(activity.isOpen(sessionId));
    assertTrue(activity.isOpen(sessionId));
    assertEquals(1, asked.size(), "cached within the interval");

    openInDatabase[0] = false; // revoked by another instance
    clock.addAndGet(Duration.ofSeconds(2).toNanos());
    assertFalse(activity.isOpen(sessionId), "seen one interval later");

    UUID other = UUID.randomUUID();
    openInDatabase[0] = true;
    assertTrue(activity.isOpen(other));
    activity.revoked(other);
    assertFalse(activity.isOpen(other), "revoked on this instance: refused at once");
  }
}

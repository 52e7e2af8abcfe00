package com.duskspendr.auth.boundary;

import com.duskspendr.platform.identity.AccountId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.auth.control.ControlFixtures;
import com.duskspendr.auth.control.ControlFixtures.MovableClock;
import com.duskspendr.auth.control.KeySettings;
import com.duskspendr.auth.control.PasswordHasher;
import com.duskspendr.auth.control.RefreshTokens;
import com.duskspendr.auth.control.SigningKeys;
import com.duskspendr.auth.entity.Account;
import com.duskspendr.auth.entity.InMemoryRepositories;
import com.duskspendr.auth.events.AccountDeleted;
import com.duskspendr.auth.events.AccountRegistered;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultAccountServiceTest {

  private static final String PASSWORD = "correct horse battery staple";
  private static final ClientInfo PHONE = new ClientInfo("203.0.113.7", "Pixel 8");

  // One hasher for all tests: Argon2 at 19 MiB is the slow part.
  private static final PasswordHasher HASHER = new PasswordHasher();
  private static SigningKeys keys;

  private final InMemoryRepositories store = new InMemoryRepositories();
  private final MovableClock clock = new MovableClock(Instant.parse("2025-03-01T12:00:00Z"));
  private final DefaultAccountService service = new DefaultAccountService();
  private RecordingEvent<AccountRegistered> registered;
  private RecordingEvent<AccountDeleted> deleted;
  private RecordingEvent<com.duskspendr.auth.control.SessionsClosed> closed;
  private RecordingEvent<com.duskspendr.auth.events.AccountVerified> verified;
  private final RecordingMail mails = new RecordingMail();
  /** What the service published through the outbox, in order. */
  private final List<Object> published = new java.util.ArrayList<>();

  /** The mails registration would send, in order. */
  static final class RecordingMail implements AccountMail {
    final List<String> sent = new java.util.ArrayList<>();
    String lastToken;

    @Override
    public void verifyAddress(String email, String token) {
      sent.add("verify " + email);
      lastToken = token;
    }

    @Override
    public void registrationAttempted(String email) {
      sent.add("attempted " + email);
    }
  }

  @BeforeAll
  static void loadKeys(@TempDir Path dataDir) {
    keys = SigningKeys.load(new KeySettings(Optional.empty(), dataDir, Optional.empty()));
  }

  @BeforeEach
  void wire() {
    service.accounts = store.accountRepository;
    service.sessions = store.sessionRepository;
    service.refreshTokens = store.refreshTokenRepository;
    service.hasher = HASHER;
    service.throttle = ControlFixtures.loginThrottle(store.loginFailureRepository, clock, 3, 5, 10);
    closed = new RecordingEvent<>(event -> {});
    service.sessionsClosed = closed;
    service.tokens = ControlFixtures.sessionTokens(store.sessionRepository, store.refreshTokenRepository,
        ControlFixtures.accessTokenIssuer(keys, clock),
        ControlFixtures.sessionRevocation(store.sessionRepository, clock, closed));
    verified = new RecordingEvent<>(event -> {});
    service.verified = verified;
    service.mail = mails;
    service.verificationTtl = Duration.ofDays(7);
    registered = new RecordingEvent<>(event -> store.journal.add("registered " + event.accountId()));
    deleted = new RecordingEvent<>(event -> store.journal.add("deleted event " + event.accountId()));
    service.registered = registered;
    service.erasure = com.duskspendr.auth.control.ControlFixtures.accountErasure(store.accountRepository,
        store.sessionRepository, service.throttle, deleted, closed, clock);
    service.deviceSessions = ControlFixtures.deviceSessions(store.sessionRepository, service.tokens,
        (type, owner, payload) -> {
          published.add(payload);
          return UUID.randomUUID();
        },
        Duration.ofDays(30));
    service.clock = clock;
  }

  private AccountId registerAda() {
    service.register(new Registration(" Ada@Example.com ", PASSWORD, "Ada"));
    return new AccountId(store.accountRepository.findByEmail("ada@example.com").orElseThrow().id());
  }

  private TokenPair login() {
    return service.login(new Credentials("ada@example.com", PASSWORD), PHONE);
  }

  @Test
  void registersAndAnnouncesTheAccount() {
    AccountId id = registerAda();
    Account account = store.accounts.get(id.value());
    assertEquals("Ada@Example.com", account.email());
    assertEquals("ada@example.com", account.emailNormalized());
    assertEquals(Set.of("user"), account.roles());
    assertTrue(HASHER.verify(account.passwordHash(), PASSWORD));
    assertEquals(List.of(new AccountRegistered(id, "Ada@Example.com", "Ada")), registered.fired);
  }

  @Test
  void aSecondRegistrationOfAnEmailChangesNothingAndMailsTheOwner() {
    registerAda();
    String passwordHash = store.accounts.values().iterator().next().passwordHash();
    service.register(new Registration("ADA@example.COM", "another long passphrase 99", null));
    assertEquals(1, store.accounts.size());
    assertEquals(passwordHash, store.accounts.values().iterator().next().passwordHash());
    assertEquals(List.of("verify Ada@Example.com", "attempted Ada@Example.com"), mails.sent);
  }

  @Test
  void theMailedTokenVerifiesTheEmailOnce() {
    AccountId id = registerAda();
    assertFalse(store.accounts.get(id.value()).isEmailVerified());
    service.verifyEmail(mails.lastToken);
    assertTrue(store.accounts.get(id.value()).isEmailVerified());
    assertEquals(List.of(new com.duskspendr.auth.events.AccountVerified(id)), verified.fired);
    assertThrows(VerificationFailedException.class, () -> service.verifyEmail(mails.lastToken));
    assertThrows(VerificationFailedException.class, () -> service.verifyEmail("made-up"));
  }

  @Test
  void refusesAWeakPasswordWithEveryIssue() {
    var thrown =
        assertThrows(
            PasswordPolicyException.class,
            () -> service.register(new Registration("qwertyuiop@example.com", "qwertyuiop", null)));
    assertEquals(2, thrown.issues().size());
    assertTrue(store.accounts.isEmpty());
    assertTrue(registered.fired.isEmpty());
  }

  @Test
  void loginIssuesATokenPairForANewSession() throws Exception {
    AccountId id = registerAda();
    TokenPair tokens = login();
    var claims = SignedJWT.parse(tokens.accessToken()).getJWTClaimsSet();
    assertEquals(id.toString(), claims.getSubject());
    assertEquals(tokens.sessionId().toString(), claims.getStringClaim("sid"));
    assertEquals(900, tokens.expiresInSeconds());
    assertNotNull(store.refreshTokens.get(RefreshTokens.hash(tokens.refreshToken())));
    assertEquals("Pixel 8", store.sessions.get(tokens.sessionId()).deviceName());
  }

  @Test
  void aSignInFromANewDeviceIsASecurityEventButTheFirstSignInAndAKnownDeviceAreNot() {
    registerAda();
    login();
    login();
    assertTrue(published.isEmpty(), "the first device, then the same one again");
    TokenPair laptop = service.login(new Credentials("ada@example.com", PASSWORD), new ClientInfo("198.51.100.4", "Laptop"));
    assertEquals(1, published.size());
    var event = (com.duskspendr.auth.events.SecurityEventOccurred) published.get(0);
    assertEquals("new_device_login", event.kind());
    assertEquals("Laptop", event.deviceName());
    assertEquals(laptop.sessionId().toString(), event.sessionId());
  }

  @Test
  void revokingASessionIsASecurityEvent() {
    AccountId id = registerAda();
    TokenPair phone = login();
    service.revokeSession(id, phone.sessionId());
    var event = (com.duskspendr.auth.events.SecurityEventOccurred) published.get(published.size() - 1);
    assertEquals("session_revoked", event.kind());
    assertEquals(phone.sessionId().toString(), event.sessionId());
  }

  @Test
  void unknownEmailAndWrongPasswordLookTheSame() {
    registerAda();
    var unknown =
        assertThrows(
            InvalidCredentialsException.class,
            () -> service.login(new Credentials("bob@example.com", PASSWORD), PHONE));
    var wrong =
        assertThrows(
            InvalidCredentialsException.class,
            () -> service.login(new Credentials("ada@example.com", "wrong password!"), PHONE));
    assertEquals(unknown.getMessage(), wrong.getMessage());
    assertEquals(1, store.loginFailures.get("account:bob@example.com").failures());
    assertEquals(1, store.loginFailures.get("account:ada@example.com").failures());
    assertEquals(2, store.loginFailures.get("address:203.0.113.7").failures());
  }

  @Test
  void throttlesAPairAfterTooManyFailuresButNotTheOwnersOtherAddress() {
    registerAda();
    var wrong = new Credentials("ada@example.com", "wrong password!");
    for (int i = 0; i < 3; i++) {
      assertThrows(InvalidCredentialsException.class, () -> service.login(wrong, PHONE));
    }
    var throttled = assertThrows(LoginThrottledException.class, this::login);
    assertEquals(Duration.ofMinutes(15), throttled.retryAfter());
    ClientInfo laptop = new ClientInfo("198.51.100.4", "Laptop");
    assertNotNull(service.login(new Credentials("ada@example.com", PASSWORD), laptop), "the owner elsewhere");

    clock.advance(Duration.ofMinutes(15));
    assertNotNull(login());
    assertNull(store.loginFailures.get("account:ada@example.com"), "success clears the account's counter");
    assertNull(store.loginFailures.get("pair:ada@example.com 203.0.113.7"), "and the pair's");
    assertEquals(3, store.loginFailures.get("address:203.0.113.7").failures(), "but not the address's");
  }

  @Test
  void failuresSpreadOverManyAddressesSlowTheAccountDownProgressively() {
    registerAda();
    var wrong = new Credentials("ada@example.com", "wrong password!");
    for (int i = 0; i < 5; i++) {
      ClientInfo botnet = new ClientInfo("192.0.2." + i, "bot");
      assertThrows(InvalidCredentialsException.class, () -> service.login(wrong, botnet));
    }
    ClientInfo next = new ClientInfo("192.0.2.99", "bot");
    assertEquals(Duration.ofSeconds(1), assertThrows(LoginThrottledException.class, () -> service.login(wrong, next)).retryAfter());
    clock.advance(Duration.ofSeconds(1));
    assertThrows(InvalidCredentialsException.class, () -> service.login(wrong, next));
    assertEquals(Duration.ofSeconds(2), assertThrows(LoginThrottledException.class, this::login).retryAfter(),
        "the delay doubles, and holds for the owner too, but only for seconds");
    clock.advance(Duration.ofSeconds(2));
    assertNotNull(login());
  }

  @Test
  void rehashesAnOutdatedHashAtLogin() {
    AccountId id = registerAda();
    Account account = store.accounts.get(id.value());
    String weak =
        de.mkammerer.argon2.Argon2Factory.create(de.mkammerer.argon2.Argon2Factory.Argon2Types.ARGON2id)
            .hash(1, 4096, 1, PASSWORD.toCharArray());
    account.changePasswordHash(weak, account.updatedAt());
    login();
    assertNotEquals(weak, account.passwordHash());
    assertFalse(HASHER.needsRehash(account.passwordHash()));
  }

  @Test
  void refreshRotatesTheTokenAndSlidesTheSession() {
    registerAda();
    TokenPair first = login();
    clock.advance(Duration.ofDays(10));
    TokenPair second = service.refresh(first.refreshToken(), new ClientInfo("203.0.113.7", "Pixel 9"));

    assertEquals(first.sessionId(), second.sessionId());
    assertNotEquals(first.refreshToken(), second.refreshToken());
    var session = store.sessions.get(first.sessionId());
    assertEquals("Pixel 9", session.deviceName());
    assertEquals(session.lastUsedAt().plusDays(30), session.expiresAt());
    assertTrue(store.refreshTokens.get(RefreshTokens.hash(first.refreshToken())).isUsed());
  }

  @Test
  void reusingARotatedTokenRevokesTheSession() {
    registerAda();
    TokenPair first = login();
    TokenPair second = service.refresh(first.refreshToken(), PHONE);

    assertThrows(InvalidCredentialsException.class, () -> service.refresh(first.refreshToken(), PHONE));
    assertTrue(store.journal.contains("revoke session " + first.sessionId()));
    assertTrue(closed.fired.contains(com.duskspendr.auth.control.SessionsClosed.of(first.sessionId())),
        "the access tokens of the session stop working too");
    assertThrows(InvalidCredentialsException.class, () -> service.refresh(second.refreshToken(), PHONE));
  }

  @Test
  void refusesUnknownAndExpiredRefreshTokens() {
    registerAda();
    TokenPair tokens = login();
    assertThrows(InvalidCredentialsException.class, () -> service.refresh(RefreshTokens.generate(), PHONE));
    clock.advance(Duration.ofDays(30));
    assertThrows(InvalidCredentialsException.class, () -> service.refresh(tokens.refreshToken(), PHONE));
  }

  @Test
  void logoutEndsTheSessionAndIgnoresUnknownTokens() {
    AccountId id = registerAda();
    TokenPair tokens = login();
    service.logout(RefreshTokens.generate());
    service.logout(tokens.refreshToken());
    assertEquals(List.of(), service.sessions(id));
    assertThrows(InvalidCredentialsException.class, () -> service.refresh(tokens.refreshToken(), PHONE));
  }

  @Test
  void listsActiveSessionsMostRecentlyUsedFirst() {
    AccountId id = registerAda();
    TokenPair older = login();
    clock.advance(Duration.ofMinutes(1));
    TokenPair newer = login();
    clock.advance(Duration.ofMinutes(1));
    service.refresh(older.refreshToken(), PHONE);
    assertEquals(
        List.of(older.sessionId(), newer.sessionId()),
        service.sessions(id).stream().map(DeviceSession::id).toList());
  }

  @Test
  void revokesOnlyTheCallersOwnSessions() {
    AccountId ada = registerAda();
    TokenPair tokens = login();
    service.register(new Registration("bob@example.com", PASSWORD, null));
    AccountId bob = new AccountId(store.accountRepository.findByEmail("bob@example.com").orElseThrow().id());

    assertThrows(SessionNotFoundException.class, () -> service.revokeSession(bob, tokens.sessionId()));
    assertEquals(1, service.sessions(ada).size());
    service.revokeSession(ada, tokens.sessionId());
    assertEquals(List.of(), service.sessions(ada));
    assertThrows(SessionNotFoundException.class, () -> service.revokeSession(ada, tokens.sessionId()));
    assertThrows(SessionNotFoundException.class, () -> service.revokeSession(ada, UUID.randomUUID()));
  }

  @Test
  void deletesTheAccountOnlyWithTheRightPasswordAndAnnouncesItFirst() {
    AccountId id = registerAda();
    login();
    assertThrows(InvalidCredentialsException.class, () -> service.deleteAccount(id, "wrong password!"));
    assertTrue(store.accounts.containsKey(id.value()));

    service.deleteAccount(id, PASSWORD);
    assertFalse(store.accounts.containsKey(id.value()));
    assertTrue(store.sessions.isEmpty());
    assertTrue(store.refreshTokens.isEmpty());
    assertTrue(store.loginFailures.isEmpty(), "the counter keyed by the email is erased too");
    List<String> journal = store.journal;
    assertTrue(
        journal.indexOf("deleted event " + id) < journal.indexOf("delete account " + id),
        "event before deletion: " + journal);
  }

  @Test
  void ensureAdminCreatesOnceThenOnlyGrants() {
    service.ensureAdmin("ops@example.com", PASSWORD);
    service.ensureAdmin("OPS@example.com", PASSWORD);
    assertEquals(1, store.accounts.size());
    Account admin = store.accounts.values().iterator().next();
    assertEquals(Set.of("admin", "user"), admin.roles());
    assertEquals(1, registered.fired.size());
    assertNull(registered.fired.get(0).displayName());
    assertEquals(List.of("user", "admin"), com.duskspendr.auth.control.AccountGroups.of(admin));

    registerAda();
    service.ensureAdmin("ada@example.com", "irrelevant");
    assertTrue(store.accounts.values().stream().allMatch(a -> a.roles().contains("admin")));
  }

  @Test
  void ensureAdminAppliesThePasswordPolicy() {
    assertThrows(PasswordPolicyException.class, () -> service.ensureAdmin("ops@example.com", "short"));
    assertTrue(store.accounts.isEmpty());
  }

  @Test
  void aLockedAccountIsSignedOutAndCannotSignInOrRefreshUntilUnlocked() {
    AccountId id = registerAda();
    TokenPair first = login();
    TokenPair second = service.login(new Credentials("ada@example.com", PASSWORD), new ClientInfo("198.51.100.1", "Tablet"));
    DefaultAccountAdministration admin = new DefaultAccountAdministration();
    admin.accounts = store.accountRepository;
    admin.sessions = store.sessionRepository;
    admin.throttle = service.throttle;
    admin.sessionsClosed = closed;
    admin.clock = clock;

    AccountSummary locked = admin.lock(id);
    assertTrue(locked.locked());
    assertEquals(0, locked.activeSessions());
    assertTrue(closed.fired.contains(new com.duskspendr.auth.control.SessionsClosed(
        List.of(first.sessionId(), second.sessionId()))) || closed.fired.contains(new com.duskspendr.auth.control.SessionsClosed(
        List.of(second.sessionId(), first.sessionId()))), "both sessions closed: " + closed.fired);
    assertThrows(InvalidCredentialsException.class, () -> service.refresh(second.refreshToken(), PHONE));
    assertThrows(AccountLockedException.class, this::login);
    // a wrong password answers as ever: the lock is told only to who knows the password
    assertThrows(InvalidCredentialsException.class,
        () -> service.login(new Credentials("ada@example.com", "not the password at all"), PHONE));
    assertTrue(admin.lock(id).locked(), "locking twice changes nothing");

    assertFalse(admin.unlock(id).locked());
    assertNotNull(login().accessToken());
  }
}

package com.duskspendr.auth.boundary;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.auth.control.AccountErasure;
import com.duskspendr.auth.control.AccountGroups;
import com.duskspendr.auth.control.DeviceSessions;
import com.duskspendr.auth.control.EmailAddresses;
import com.duskspendr.auth.control.LoginSubjects;
import com.duskspendr.auth.control.LoginThrottle;
import com.duskspendr.auth.control.PasswordHasher;
import com.duskspendr.auth.control.PasswordPolicy;
import com.duskspendr.auth.control.RefreshTokens;
import com.duskspendr.auth.control.SessionTokens;
import com.duskspendr.auth.control.SessionsClosed;
import com.duskspendr.auth.entity.Account;
import com.duskspendr.auth.entity.AccountRepository;
import com.duskspendr.auth.entity.Session;
import com.duskspendr.auth.entity.RefreshTokenRepository;
import com.duskspendr.auth.entity.SessionRepository;
import com.duskspendr.platform.persistence.Timestamps;
import com.duskspendr.auth.events.AccountRegistered;
import com.duskspendr.auth.events.AccountVerified;
import com.duskspendr.auth.events.SecurityEventOccurred;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The auth use cases, each in one container transaction. Failures are application exceptions that roll
 * it back; what must outlive a failure (failed-login counts, the revocation of a session whose token was
 * stolen) is written by other beans in transactions of their own.
 */
@Stateless
public class DefaultAccountService implements AccountService {

  private static final Logger LOG = Logger.getLogger(DefaultAccountService.class.getName());

  // One message for unknown email and wrong password: the answer must not tell which accounts exist.
  static final String INVALID_LOGIN = "Invalid email or password";
  static final String INVALID_PASSWORD = "Invalid password";
  static final String INVALID_REFRESH_TOKEN = "Invalid or expired refresh token";

  @Inject AccountRepository accounts;
  @Inject SessionRepository sessions;
  @Inject RefreshTokenRepository refreshTokens;
  @Inject PasswordHasher hasher;
  @Inject SessionTokens tokens;
  @Inject LoginThrottle throttle;
  @Inject Event<AccountRegistered> registered;
  @Inject Event<SessionsClosed> sessionsClosed;
  @Inject Event<AccountVerified> verified;
  @Inject AccountMail mail;
  @Inject DeviceSessions deviceSessions;
  @Inject AccountErasure erasure;

  /** How long the link in a verification mail works. */
  @Inject
  @ConfigProperty(name = "duskspendr.auth.email-verification-ttl", defaultValue = "P7D")
  Duration verificationTtl;

  PasswordPolicy policy = new PasswordPolicy();
  Clock clock = Clock.systemUTC();

  @Override
  public void register(Registration registration) {
    String givenEmail = registration.email().strip();
    List<String> issues = policy.issues(registration.password(), givenEmail);
    if (!issues.isEmpty()) {
      throw new PasswordPolicyException(issues);
    }
    String passwordHash = hasher.hash(registration.password());
    Optional<Account> existing = accounts.findByEmail(EmailAddresses.normalize(givenEmail));
    if (existing.isPresent()) {
      // Hashed anyway above, so that this answer takes as long as a real registration.
      mail.registrationAttempted(existing.get().email());
      LOG.info(() -> "Registration attempted for the existing account " + existing.get().id());
      return;
    }
    Account account = addAccount(givenEmail, passwordHash, Set.of(Account.ROLE_USER));
    String token = RefreshTokens.generate();
    account.awaitVerification(RefreshTokens.hash(token), now().plus(verificationTtl), now());
    AccountId id = new AccountId(account.id());
    registered.fire(new AccountRegistered(id, account.email(), registration.displayName()));
    mail.verifyAddress(account.email(), token);
    LOG.info(() -> "Registered account " + id);
  }

  @Override
  public void verifyEmail(String token) {
    Account account =
        accounts.findByVerificationHash(RefreshTokens.hash(token)).orElseThrow(VerificationFailedException::new);
    if (!account.verifyEmail(now())) {
      throw new VerificationFailedException();
    }
    verified.fire(new AccountVerified(new AccountId(account.id())));
    LOG.info(() -> "Verified the email of account " + account.id());
  }

  /** The account whose password this is, throttled like every sign-in. */
  private Account checkedAccount(Credentials credentials, ClientInfo client) {
    LoginSubjects subjects = LoginSubjects.of(EmailAddresses.normalize(credentials.email()), client.address());
    Optional<Duration> wait = throttle.retryAfter(subjects);
    if (wait.isPresent()) {
      throw new LoginThrottledException(wait.get());
    }
    Optional<Account> found = accounts.findByEmail(EmailAddresses.normalize(credentials.email()));
    if (found.isEmpty()) {
      hasher.verifyAgainstDummy(credentials.password());
      throw failedLogin(subjects);
    }
    Account account = found.get();
    if (!hasher.verify(account.passwordHash(), credentials.password())) {
      throw failedLogin(subjects);
    }
    throttle.clearAccount(subjects);
    if (account.isLocked()) {
      throw new AccountLockedException();
    }
    OffsetDateTime now = now();
    if (hasher.needsRehash(account.passwordHash())) {
      account.changePasswordHash(hasher.hash(credentials.password()), now);
    }
    return account;
  }

  @Override
  public AccountId authenticate(Credentials credentials, ClientInfo client) {
    return new AccountId(checkedAccount(credentials, client).id());
  }

  @Override
  public TokenPair login(Credentials credentials, ClientInfo client) {
    return deviceSessions.open(checkedAccount(credentials, client), client.deviceName(), now());
  }

  private InvalidCredentialsException failedLogin(LoginSubjects subjects) {
    throttle.recordFailure(subjects);
    return new InvalidCredentialsException(INVALID_LOGIN);
  }

  @Override
  public TokenPair refresh(String refreshToken, ClientInfo client) {
    OffsetDateTime now = now();
    // An OAuth grant's refresh token is the client's, at the token endpoint: here it would buy full access.
    Session session =
        tokens.spend(refreshToken, now, Session::isFirstParty).orElseThrow(DefaultAccountService::invalidRefreshToken);
    Account account =
        accounts.find(session.accountId())
            .filter(candidate -> !candidate.isLocked())
            .orElseThrow(DefaultAccountService::invalidRefreshToken);
    session.refreshed(client.deviceName(), now, deviceSessions.expiryFrom(now));
    return issueTokens(account, session, now);
  }

  @Override
  public void logout(String refreshToken) {
    OffsetDateTime now = now();
    refreshTokens
        .find(RefreshTokens.hash(refreshToken))
        .flatMap(token -> sessions.find(token.sessionId()))
        .ifPresent(session -> {
          session.revoke(now);
          sessionsClosed.fire(SessionsClosed.of(session.id()));
        });
  }

  @Override
  public List<DeviceSession> sessions(AccountId accountId) {
    return sessions.activeOf(accountId.value(), now()).stream()
        .filter(Session::isFirstParty)
        .map(s -> new DeviceSession(s.id(), s.deviceName(), s.createdAt(), s.lastUsedAt()))
        .toList();
  }

  @Override
  public void revokeSession(AccountId accountId, UUID sessionId) {
    Session session =
        sessions
            .find(sessionId)
            .filter(candidate -> candidate.accountId().equals(accountId.value()))
            .filter(Session::isFirstParty)
            .filter(candidate -> candidate.revokedAt() == null)
            .orElseThrow(SessionNotFoundException::new);
    OffsetDateTime now = now();
    session.revoke(now);
    sessionsClosed.fire(SessionsClosed.of(session.id()));
    deviceSessions.notice(accountId.value(), SecurityEventOccurred.SESSION_REVOKED, session, now);
  }

  /**
   * Throttled like a login: a stolen access token must not become a way to guess the password. The event
   * goes out before the account row disappears, so observers still find whatever they key on it.
   */
  @Override
  public void deleteAccount(AccountId accountId, String password) {
    // Locked first: writes in flight for this account commit before the erasure below runs (AccountPresence).
    Account account =
        accounts.findForDeletion(accountId.value()).orElseThrow(() -> new InvalidCredentialsException(INVALID_PASSWORD));
    LoginSubjects subjects = LoginSubjects.of(account.emailNormalized(), null);
    Optional<Duration> wait = throttle.retryAfter(subjects);
    if (wait.isPresent()) {
      throw new LoginThrottledException(wait.get());
    }
    if (!hasher.verify(account.passwordHash(), password)) {
      throttle.recordFailure(subjects);
      throw new InvalidCredentialsException(INVALID_PASSWORD);
    }
    erasure.erase(account);
  }

  @Override
  public void ensureAdmin(String email, String password) {
    Optional<Account> existing = accounts.findByEmail(EmailAddresses.normalize(email));
    if (existing.isPresent()) {
      Account account = existing.get();
      if (account.grant(Account.ROLE_ADMIN, now())) {
        LOG.info(() -> "Granted the admin role to account " + account.id());
      }
      return;
    }
    Account account = createAccount(email, password, Set.of(Account.ROLE_USER, Account.ROLE_ADMIN));
    // Configured by the operator: nobody to prove the address to.
    account.markEmailVerified(now());
    AccountId id = new AccountId(account.id());
    registered.fire(new AccountRegistered(id, account.email(), null));
    verified.fire(new AccountVerified(id));
    LOG.info(() -> "Created admin account " + id);
  }

  private Account createAccount(String email, String password, Set<String> roles) {
    String givenEmail = email.strip();
    List<String> issues = policy.issues(password, givenEmail);
    if (!issues.isEmpty()) {
      throw new PasswordPolicyException(issues);
    }
    if (accounts.findByEmail(EmailAddresses.normalize(givenEmail)).isPresent()) {
      throw new EmailAlreadyRegisteredException();
    }
    return addAccount(givenEmail, hasher.hash(password), roles);
  }

  private Account addAccount(String givenEmail, String passwordHash, Set<String> roles) {
    Account account =
        new Account(UUID.randomUUID(), givenEmail, EmailAddresses.normalize(givenEmail), passwordHash, roles, now());
    // A concurrent registration of the same email can pass the check before; the unique index decides.
    if (!accounts.add(account)) {
      throw new EmailAlreadyRegisteredException();
    }
    return account;
  }

  private TokenPair issueTokens(Account account, Session session, OffsetDateTime now) {
    return tokens.issue(account.id(), AccountGroups.of(account), session, now);
  }

  private OffsetDateTime now() {
    return Timestamps.now(clock);
  }

  private static InvalidCredentialsException invalidRefreshToken() {
    return new InvalidCredentialsException(INVALID_REFRESH_TOKEN);
  }
}

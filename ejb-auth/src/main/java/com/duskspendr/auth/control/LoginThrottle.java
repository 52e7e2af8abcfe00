package com.duskspendr.auth.control;

import com.duskspendr.auth.entity.LoginFailure;
import com.duskspendr.auth.entity.LoginFailureRepository;
import com.duskspendr.platform.persistence.Timestamps;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing without letting anyone lock an owner out. The counters live in the
 * database so that all server instances share them:
 *
 * <ul>
 *   <li>per (account, address) pair, at most {@code max-failures-per-pair} failures per window, then 429
 *       until the window ends: the guesser's address is stopped, the owner's address is not;
 *   <li>per account, from {@code max-failures-per-account} failures on, a progressive delay after each
 *       further failure (1 s doubling up to {@code account-delay-max}), whatever the address: guesses spread
 *       over many addresses slow to a trickle, and the owner waits at most that long;
 *   <li>per address, at most {@code max-failures-per-address} failures per window over all accounts, high
 *       enough for many users behind one NAT, low enough to stop one address trying thousands of accounts.
 * </ul>
 */
@Stateless
public class LoginThrottle {

  @Inject
  @ConfigProperty(name = "duskspendr.auth.max-failures-per-pair", defaultValue = "5")
  int maxFailuresPerPair;

  @Inject
  @ConfigProperty(name = "duskspendr.auth.max-failures-per-account", defaultValue = "20")
  int maxFailuresPerAccount;

  @Inject
  @ConfigProperty(name = "duskspendr.auth.account-delay-max", defaultValue = "PT1M")
  Duration accountDelayMax;

  @Inject
  @ConfigProperty(name = "duskspendr.auth.max-failures-per-address", defaultValue = "100")
  int maxFailuresPerAddress;

  @Inject
  @ConfigProperty(name = "duskspendr.auth.failure-window", defaultValue = "PT15M")
  Duration window;

  @Inject LoginFailureRepository failures;

  Clock clock = Clock.systemUTC();

  /** @return empty if a login may be tried now, else the longest wait any of the subjects imposes */
  public Optional<Duration> retryAfter(LoginSubjects subjects) {
    OffsetDateTime now = Timestamps.now(clock);
    Optional<Duration> forAccount =
        failures.find(subjects.account())
            .filter(failure -> !windowRule(maxFailuresPerAccount).isOver(failure.windowStartedAt(), now))
            .flatMap(failure -> accountDelay().retryAfter(failure.failures(), failure.lastFailureAt(), now));
    if (subjects.address() == null) {
      return forAccount;
    }
    Optional<Duration> forPair = retryAfter(subjects.pair(), windowRule(maxFailuresPerPair), now);
    Optional<Duration> forAddress = retryAfter(subjects.address(), windowRule(maxFailuresPerAddress), now);
    return Stream.of(forAccount, forPair, forAddress).flatMap(Optional::stream).max(Duration::compareTo);
  }

  private Optional<Duration> retryAfter(String subject, ThrottleRule rule, OffsetDateTime now) {
    return failures
        .find(subject)
        .flatMap(
            (LoginFailure failure) -> rule.retryAfter(failure.failures(), failure.windowStartedAt(), now));
  }

  /**
   * Counts a failed login against every subject. In a transaction of its own, because the caller answers
   * the failure with an exception that rolls its own transaction back, and the count must survive that.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordFailure(LoginSubjects subjects) {
    OffsetDateTime now = Timestamps.now(clock);
    OffsetDateTime windowsOver = windowRule(1).overIfStartedUpTo(now);
    subjects.all().forEach(subject -> failures.recordFailure(subject, now, windowsOver));
  }

  /**
   * After a successful login the account and this pair start afresh; the address keeps its count, so that
   * one attacker's own account cannot reset the budget for guessing others.
   */
  public void clearAccount(LoginSubjects subjects) {
    failures.clear(subjects.account());
    if (subjects.pair() != null) {
      failures.clear(subjects.pair());
    }
  }

  /** The counters whose keys hold the email (personal data), erased with the account. */
  public void forgetAccount(String normalizedEmail) {
    failures.clear(LoginSubjects.of(normalizedEmail, null).account());
    failures.clearStartingWith(LoginSubjects.pairPrefix(normalizedEmail));
  }

  ThrottleRule windowRule(int maxFailures) {
    return new ThrottleRule(maxFailures, window);
  }

  ProgressiveDelay accountDelay() {
    return new ProgressiveDelay(maxFailuresPerAccount, accountDelayMax);
  }
}

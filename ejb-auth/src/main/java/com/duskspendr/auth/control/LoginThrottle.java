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
 * Slows down password guessing: per account and per client address, at most so many failed logins per
 * window. The counters live in the database so that all server instances share them.
 */
@Stateless
public class LoginThrottle {

  @Inject
  @ConfigProperty(name = "duskspendr.auth.max-failures-per-account", defaultValue = "5")
  int maxFailuresPerAccount;

  @Inject
  @ConfigProperty(name = "duskspendr.auth.max-failures-per-address", defaultValue = "20")
  int maxFailuresPerAddress;

  @Inject
  @ConfigProperty(name = "duskspendr.auth.failure-window", defaultValue = "PT15M")
  Duration window;

  @Inject LoginFailureRepository failures;

  Clock clock = Clock.systemUTC();

  /** @return empty if a login may be tried now, else the longest wait any of the subjects imposes */
  public Optional<Duration> retryAfter(LoginSubjects subjects) {
    OffsetDateTime now = Timestamps.now(clock);
    Optional<Duration> forAccount = retryAfter(subjects.account(), accountRule(), now);
    Optional<Duration> forAddress =
        subjects.address() == null ? Optional.empty() : retryAfter(subjects.address(), addressRule(), now);
    return Stream.of(forAccount, forAddress).flatMap(Optional::stream).max(Duration::compareTo);
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
    failures.recordFailure(subjects.account(), now, accountRule().overIfStartedUpTo(now));
    if (subjects.address() != null) {
      failures.recordFailure(subjects.address(), now, addressRule().overIfStartedUpTo(now));
    }
  }

  /**
   * After a successful login the account starts afresh; the address keeps its count, so that one
   * attacker's own account cannot reset the budget for guessing others.
   */
  public void clearAccount(LoginSubjects subjects) {
    failures.clear(subjects.account());
  }

  ThrottleRule accountRule() {
    return new ThrottleRule(maxFailuresPerAccount, window);
  }

  ThrottleRule addressRule() {
    return new ThrottleRule(maxFailuresPerAddress, window);
  }
}

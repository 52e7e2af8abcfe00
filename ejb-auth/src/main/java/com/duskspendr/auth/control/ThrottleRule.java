package com.duskspendr.auth.control;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The throttling decision for one subject, free of storage so that it can be tested alone: at most
 * {@code maxFailures} failed logins per fixed window that starts at the first failure.
 */
public record ThrottleRule(int maxFailures, Duration window) {

  /** Never ask a client to retry sooner than this: a zero Retry-After invites an immediate retry loop. */
  static final Duration MIN_RETRY_AFTER = Duration.ofSeconds(1);

  public ThrottleRule {
    if (maxFailures < 1) {
      throw new IllegalArgumentException("maxFailures must be positive: " + maxFailures);
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive: " + window);
    }
  }

  /**
   * @param failures failures counted in the window starting at {@code windowStartedAt}
   * @return empty when a login may be tried, else how long the client must wait
   */
  public Optional<Duration> retryAfter(int failures, OffsetDateTime windowStartedAt, OffsetDateTime now) {
    if (failures < maxFailures || isOver(windowStartedAt, now)) {
      return Optional.empty();
    }
    Duration remaining = Duration.between(now, windowStartedAt.plus(window));
    return Optional.of(remaining.compareTo(MIN_RETRY_AFTER) < 0 ? MIN_RETRY_AFTER : remaining);
  }

  public boolean isOver(OffsetDateTime windowStartedAt, OffsetDateTime now) {
    return !windowStartedAt.plus(window).isAfter(now);
  }

  /** Windows that started at or before this instant are over at {@code now}. */
  public OffsetDateTime overIfStartedUpTo(OffsetDateTime now) {
    return now.minus(window);
  }
}

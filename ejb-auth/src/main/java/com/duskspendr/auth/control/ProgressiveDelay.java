package com.duskspendr.auth.control;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The per-account brake: from {@code threshold} failures on, each further attempt must wait a delay after
 * the last failure that doubles from one second up to {@code maxDelay}. Slows an attacker who spreads
 * guesses over many addresses to a trickle, without locking the owner out: the owner waits at most {@code
 * maxDelay}, and the owner's own address is limited only by its own (account, address) count.
 */
public record ProgressiveDelay(int threshold, Duration maxDelay) {

  public ProgressiveDelay {
    if (threshold < 1 || maxDelay.isNegative() || maxDelay.isZero()) {
      throw new IllegalArgumentException("threshold and maxDelay must be positive: " + threshold + ", " + maxDelay);
    }
  }

  public Optional<Duration> retryAfter(int failures, OffsetDateTime lastFailureAt, OffsetDateTime now) {
    if (failures < threshold) {
      return Optional.empty();
    }
    Duration remaining = Duration.between(now, lastFailureAt.plus(delayAfter(failures)));
    if (remaining.isNegative() || remaining.isZero()) {
      return Optional.empty();
    }
    return Optional.of(remaining.compareTo(ThrottleRule.MIN_RETRY_AFTER) < 0 ? ThrottleRule.MIN_RETRY_AFTER : remaining);
  }

  Duration delayAfter(int failures) {
    int doublings = Math.min(failures - threshold, 30);
    Duration delay = Duration.ofSeconds(1L << doublings);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}

package com.duskspendr.notifications.delivery.control;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * When to try a failed delivery again: exponential back-off from {@code initial}, doubling to at most
 * {@code max}, with full jitter (a random point in [delay/2, delay]) so that deliveries that failed
 * together (a provider outage) do not all come back at the same second; given up once the next attempt
 * would fall after {@code giveUpAfter} from the first planning.
 */
public record RetrySchedule(Duration initial, Duration max, Duration giveUpAfter) {

  /** @return the next attempt's time, or null to give up */
  public Instant next(int attemptsSoFar, Instant firstPlanned, Instant now, RandomGenerator random) {
    long base = initial.toMillis();
    int shift = Math.min(Math.max(attemptsSoFar - 1, 0), 30);
    long delay = Math.min(max.toMillis(), base << shift);
    if (delay < 0) {
      delay = max.toMillis();
    }
    long jittered = delay / 2 + (delay <= 1 ? 0 : random.nextLong(delay - delay / 2 + 1));
    Instant next = now.plusMillis(jittered);
    return next.isAfter(firstPlanned.plus(giveUpAfter)) ? null : next;
  }
}

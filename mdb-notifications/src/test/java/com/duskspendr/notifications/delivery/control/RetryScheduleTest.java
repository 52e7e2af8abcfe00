package com.duskspendr.notifications.delivery.control;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

  private static final RetrySchedule SCHEDULE =
      new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(1), Duration.ofHours(24));
  private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");

  @Test
  void delaysDoubleWithJitterBetweenHalfAndAll() {
    Random random = new Random(42);
    for (int attempt = 1; attempt <= 8; attempt++) {
      long full = Math.min(3_600_000L, 5_000L << (attempt - 1));
      for (int i = 0; i < 200; i++) {
        long delay = Duration.between(START, SCHEDULE.next(attempt, START, START, random)).toMillis();
        assertTrue(delay >= full / 2 && delay <= full, "attempt " + attempt + ": " + delay);
      }
    }
  }

  @Test
  void jitterSpreadsDeliveriesThatFailedTogether() {
    Random random = new Random(7);
    long distinct = java.util.stream.IntStream.range(0, 100)
        .mapToObj(i -> SCHEDULE.next(6, START, START, random)).distinct().count();
    assertTrue(distinct > 50, "spread: " + distinct);
  }

  @Test
  void theDelayNeverExceedsTheMaximumHoweverManyAttempts() {
    Instant next = SCHEDULE.next(500, START, START, new Random(1));
    assertTrue(Duration.between(START, next).compareTo(Duration.ofHours(1)) <= 0);
  }

  @Test
  void itGivesUpOnceTheNextAttemptWouldFallAfterADay() {
    Instant late = START.plus(Duration.ofHours(23).plusMinutes(59).plusSeconds(58));
    assertNull(SCHEDULE.next(20, START, late, new Random(3)));
  }
}

package com.duskspendr.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThrottleRuleTest {

  private final ThrottleRule rule = new ThrottleRule(5, Duration.ofMinutes(15));
  private final OffsetDateTime start = OffsetDateTime.of(2025, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void allowsBelowTheLimit() {
    assertEquals(Optional.empty(), rule.retryAfter(4, start, start.plusMinutes(1)));
  }

  @Test
  void blocksAtTheLimitUntilTheWindowEnds() {
    assertEquals(Optional.of(Duration.ofMinutes(14)), rule.retryAfter(5, start, start.plusMinutes(1)));
    assertEquals(Optional.of(Duration.ofMinutes(5)), rule.retryAfter(7, start, start.plusMinutes(10)));
  }

  @Test
  void allowsAgainOnceTheWindowIsOver() {
    assertEquals(Optional.empty(), rule.retryAfter(5, start, start.plusMinutes(15)));
    assertEquals(Optional.empty(), rule.retryAfter(50, start, start.plusHours(2)));
  }

  @Test
  void neverAsksForLessThanOneSecond() {
    assertEquals(Optional.of(Duration.ofSeconds(1)), rule.retryAfter(5, start, start.plusMinutes(15).minusNanos(1000)));
  }

  @Test
  void knowsWhenAWindowIsOver() {
    assertFalse(rule.isOver(start, start.plusMinutes(14)));
    assertTrue(rule.isOver(start, start.plusMinutes(15)));
    assertEquals(start, rule.overIfStartedUpTo(start.plusMinutes(15)));
  }

  @Test
  void rejectsNonsensicalLimits() {
    assertThrows(IllegalArgumentException.class, () -> new ThrottleRule(0, Duration.ofMinutes(1)));
    assertThrows(IllegalArgumentException.class, () -> new ThrottleRule(5, Duration.ZERO));
  }
}

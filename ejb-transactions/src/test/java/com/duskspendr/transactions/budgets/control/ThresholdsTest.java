package com.duskspendr.transactions.budgets.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdsTest {

  private static List<Integer> reached(String spent, String limit, Integer... thresholds) {
    return Thresholds.reached(List.of(thresholds), new BigDecimal(spent), new BigDecimal(limit));
  }

  @Test
  void aThresholdIsReachedAtExactlyItsShare() {
    assertEquals(List.of(), reached("79.99", "100", 80, 100));
    assertEquals(List.of(80), reached("80.00", "100", 80, 100));
    assertEquals(List.of(80, 100), reached("100", "100", 100, 80));
    assertEquals(List.of(80, 100, 150), reached("1500", "1000", 80, 100, 150, 200));
  }

  @Test
  void nothingSpentReachesNothingEvenWithAZeroLimit() {
    assertEquals(List.of(), reached("0", "0", 80, 100));
    assertEquals(List.of(80, 100), reached("0.01", "0", 80, 100));
  }
}

package com.duskspendr.transactions.budgets.control;

import java.math.BigDecimal;
import java.util.List;

/** Which alert thresholds a period's spending has reached. */
public final class Thresholds {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Thresholds() {}

  /**
   * The thresholds (percent) with {@code spent ≥ threshold% × limit}, in ascending order. Nothing is reached
   * while nothing is spent, so an empty period never alerts, even with a limit of zero.
   */
  public static List<Integer> reached(List<Integer> thresholds, BigDecimal spent, BigDecimal limit) {
    if (spent.signum() <= 0) {
      return List.of();
    }
    BigDecimal spentPercentOfOne = spent.multiply(HUNDRED);
    return thresholds.stream()
        .filter(t -> spentPercentOfOne.compareTo(limit.multiply(BigDecimal.valueOf(t))) >= 0)
        .sorted()
        .toList();
  }
}

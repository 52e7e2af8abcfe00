package com.duskspendr.ml.insights.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How often a recurring payment repeats: its nominal days between payments and its monthly cost. */
public enum Cadence {
  WEEKLY(7, 7),
  MONTHLY(28, 31),
  YEARLY(365, 366);

  private final int minDays;
  private final int maxDays;

  Cadence(int minDays, int maxDays) {
    this.minDays = minDays;
    this.maxDays = maxDays;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether {@code days} between two payments fits this cadence, {@code toleranceDays} either way. */
  public boolean fits(long days, int toleranceDays) {
    return days >= minDays - toleranceDays && days <= maxDays + toleranceDays;
  }

  /** The latest day the next payment may come while the series is still running. */
  public long latestGapDays(int toleranceDays) {
    return maxDays + (long) toleranceDays;
  }

  public int toleranceDays(InsightSettings settings) {
    return switch (this) {
      case WEEKLY -> settings.weeklyToleranceDays();
      case MONTHLY -> settings.monthlyToleranceDays();
      case YEARLY -> settings.yearlyToleranceDays();
    };
  }

  /**
   * What one payment costs per month, at the currency's minor units (half-up): weekly {@code a × 52 / 12},
   * monthly {@code a}, yearly {@code a / 12}. One division, so the result is exact up to that rounding.
   */
  public BigDecimal monthlyCost(BigDecimal amount, String currency) {
    int digits = Amounts.minorDigits(currency);
    return switch (this) {
      case WEEKLY -> amount.multiply(BigDecimal.valueOf(52)).divide(BigDecimal.valueOf(12), digits, RoundingMode.HALF_UP);
      case MONTHLY -> amount.setScale(digits, RoundingMode.HALF_UP);
      case YEARLY -> amount.divide(BigDecimal.valueOf(12), digits, RoundingMode.HALF_UP);
    };
  }
}

package com.duskspendr.transactions.budgets.control;

import com.duskspendr.transactions.budgets.boundary.BudgetProgress;
import com.duskspendr.platform.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;

/**
 * A budget's standing in one period.
 *
 * <p><b>Rollover</b> (when enabled): the previous period's difference between the budget amount and what
 * was spent in it carries into the current period, one period deep and never compounding: {@code limit =
 * amount + (amount − spentInPreviousPeriod)}. Unspent money raises the limit, overspending lowers it, but
 * never below zero. The first period has nothing to carry. Without rollover the limit is the amount.
 *
 * <p><b>Projection</b>: spending at the pace so far, {@code spent / elapsedDays × daysInPeriod}, where
 * elapsed days count the period's days up to and including today (all of them for a past period, none
 * before it starts, when the projection is what was spent).
 */
public final class ProgressCalculator {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ProgressCalculator() {}

  /**
   * @param spentInPrevious spending in the previous period, or null when there is none (or no rollover)
   */
  public static BudgetProgress progress(
      BigDecimal amount,
      Currency currency,
      boolean rollover,
      DateRange period,
      LocalDate today,
      BigDecimal spent,
      BigDecimal spentInPrevious) {
    int digits = Money.minorDigits(currency);
    BigDecimal carried =
        rollover && spentInPrevious != null ? amount.subtract(spentInPrevious) : BigDecimal.ZERO;
    BigDecimal limit = amount.add(carried).max(BigDecimal.ZERO);
    long elapsed = elapsedDays(period, today);
    BigDecimal projected =
        elapsed == 0
            ? spent
            : spent.multiply(BigDecimal.valueOf(period.days())).divide(BigDecimal.valueOf(elapsed), digits, RoundingMode.HALF_UP);
    return new BudgetProgress(
        period.start(),
        period.end(),
        scaled(limit, digits),
        scaled(carried, digits),
        scaled(spent, digits),
        scaled(limit.subtract(spent), digits),
        percentUsed(spent, limit),
        scaled(projected, digits));
  }

  /** Spent as a percentage of the limit, two decimals; null when the limit is zero and something was spent. */
  static BigDecimal percentUsed(BigDecimal spent, BigDecimal limit) {
    if (limit.signum() == 0) {
      return spent.signum() == 0 ? BigDecimal.ZERO.setScale(2) : null;
    }
    return spent.multiply(HUNDRED).divide(limit, 2, RoundingMode.HALF_UP);
  }

  static long elapsedDays(DateRange period, LocalDate today) {
    if (today.isBefore(period.start())) {
      return 0;
    }
    if (today.isAfter(period.end())) {
      return period.days();
    }
    return ChronoUnit.DAYS.between(period.start(), today) + 1;
  }

  private static BigDecimal scaled(BigDecimal value, int digits) {
    return value.setScale(digits, RoundingMode.HALF_UP);
  }
}

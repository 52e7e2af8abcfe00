package com.duskspendr.transactions.budgets.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.duskspendr.transactions.budgets.boundary.BudgetProgress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class ProgressCalculatorTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final DateRange NOVEMBER = new DateRange(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"));

  private static BigDecimal $(String value) {
    return new BigDecimal(value);
  }

  private static BudgetProgress progress(String amount, boolean rollover, String today, String spent, String spentBefore) {
    return ProgressCalculator.progress(
        $(amount), USD, rollover, NOVEMBER, LocalDate.parse(today), $(spent), spentBefore == null ? null : $(spentBefore));
  }

  @Test
  void reportsSpentRemainingAndPercentAtTheCurrencysDigits() {
    BudgetProgress p = progress("400", false, "2026-11-10", "100.5", null);
    assertEquals(LocalDate.parse("2026-11-01"), p.periodStart());
    assertEquals(LocalDate.parse("2026-11-30"), p.periodEnd());
    assertEquals($("400.00"), p.limit());
    assertEquals($("0.00"), p.carriedOver());
    assertEquals($("100.50"), p.spent());
    assertEquals($("299.50"), p.remaining());
    assertEquals($("25.13"), p.percentUsed());
  }

  @Test
  void projectsAtThePaceOfTheElapsedDaysOfThisPeriod() {
    // 10 of 30 days elapsed (today included): 100.50 / 10 * 30
    assertEquals($("301.50"), progress("400", false, "2026-11-10", "100.5", null).projectedSpend());
    // a 28-day period paces differently from a 31-day one: days, not a fixed 30
    var february = new DateRange(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-28"));
    var p = ProgressCalculator.progress($("100"), USD, false, february, LocalDate.parse("2026-02-07"), $("10"), null);
    assertEquals($("40.00"), p.projectedSpend());
    // on the last day, the projection is what was spent
    assertEquals($("100.50"), progress("400", false, "2026-11-30", "100.5", null).projectedSpend());
    // before the period, nothing has elapsed
    assertEquals($("0.00"), progress("400", false, "2026-10-30", "0", null).projectedSpend());
  }

  @Test
  void overspendingLeavesANegativeRemainderAndMoreThanAHundredPercent() {
    BudgetProgress p = progress("50", false, "2026-11-15", "75", null);
    assertEquals($("-25.00"), p.remaining());
    assertEquals($("150.00"), p.percentUsed());
  }

  @Test
  void rolloverCarriesThePreviousPeriodsUnspentAmount() {
    BudgetProgress p = progress("400", true, "2026-11-10", "100", "350");
    assertEquals($("50.00"), p.carriedOver());
    assertEquals($("450.00"), p.limit());
    assertEquals($("350.00"), p.remaining());
  }

  @Test
  void rolloverCarriesAnOverspendAsALowerLimitButNeverBelowZero() {
    assertEquals($("300.00"), progress("400", true, "2026-11-10", "0", "500").limit());
    BudgetProgress p = progress("400", true, "2026-11-10", "10", "1000");
    assertEquals($("-600.00"), p.carriedOver());
    assertEquals($("0.00"), p.limit());
    assertEquals($("-10.00"), p.remaining());
    assertNull(p.percentUsed());
    assertEquals($("0.00"), progress("400", true, "2026-11-10", "0", "1000").percentUsed());
  }

  @Test
  void withoutRolloverOrWithoutAPreviousPeriodNothingIsCarried() {
    assertEquals($("400.00"), progress("400", false, "2026-11-10", "0", "100").limit());
    assertEquals($("400.00"), progress("400", true, "2026-11-10", "0", null).limit());
  }

  @Test
  void currenciesWithoutMinorUnitsAreWhole() {
    var p = ProgressCalculator.progress(
        $("30000"), Currency.getInstance("JPY"), false, NOVEMBER, LocalDate.parse("2026-11-07"), $("1000"), null);
    assertEquals($("4286"), p.projectedSpend());
    assertEquals($("29000"), p.remaining());
  }
}

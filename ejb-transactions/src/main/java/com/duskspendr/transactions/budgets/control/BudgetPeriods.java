package com.duskspendr.transactions.budgets.control;

import com.duskspendr.transactions.budgets.boundary.BudgetPeriod;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Period arithmetic. Monthly and yearly periods are anchored on the start date: period k runs from {@code
 * start + k months} to the day before {@code start + (k+1) months}, with java.time's clamping to the end of
 * shorter months (a budget starting on 31 January has periods Jan 31 – Feb 27, Feb 28 – Mar 30, Mar 31 –
 * Apr 29, ... in a non-leap year). Weekly periods are the user's calendar weeks (from their first day of
 * the week); the start date only says from which week on the budget runs. Before the start date, the
 * current period is the first one.
 */
public final class BudgetPeriods {

  private BudgetPeriods() {}

  /** The period that contains {@code day}, or the first period when {@code day} is before the budget starts. */
  public static DateRange containing(BudgetPeriod period, LocalDate startDate, DayOfWeek weekStart, LocalDate day) {
    return switch (period) {
      case WEEKLY -> week(weekOf(max(day, startDate), weekStart));
      case MONTHLY -> anchored(startDate, day, ChronoUnit.MONTHS);
      case YEARLY -> anchored(startDate, day, ChronoUnit.YEARS);
    };
  }

  private static DateRange anchored(LocalDate startDate, LocalDate day, ChronoUnit unit) {
    // between() counts whole units from the start date's day, but clamped starts (Feb 28 for a start on the
    // 31st) begin earlier than that: step k until start(k) <= day < start(k+1).
    long k = Math.max(0, unit.between(startDate, day));
    while (!startDate.plus(k + 1, unit).isAfter(day)) {
      k++;
    }
    while (k > 0 && startDate.plus(k, unit).isAfter(day)) {
      k--;
    }
    return new DateRange(startDate.plus(k, unit), startDate.plus(k + 1, unit).minusDays(1));
  }

  /** The period before {@code current}, unless {@code current} is the budget's first. */
  public static Optional<DateRange> previous(
      BudgetPeriod period, LocalDate startDate, DayOfWeek weekStart, DateRange current) {
    DateRange first = containing(period, startDate, weekStart, startDate);
    if (!current.start().isAfter(first.start())) {
      return Optional.empty();
    }
    return Optional.of(containing(period, startDate, weekStart, current.start().minusDays(1)));
  }

  private static LocalDate weekOf(LocalDate day, DayOfWeek weekStart) {
    return day.with(TemporalAdjusters.previousOrSame(weekStart));
  }

  private static DateRange week(LocalDate start) {
    return new DateRange(start, start.plusDays(6));
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}

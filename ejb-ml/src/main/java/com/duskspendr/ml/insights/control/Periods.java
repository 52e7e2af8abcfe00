package com.duskspendr.ml.insights.control;

import com.duskspendr.ml.insights.entity.InsightPeriod;
import com.duskspendr.ml.insights.entity.PeriodKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Reporting periods in the user's calendar: weeks from their first day of the week, calendar months,
 * quarters (January, April, July, October) and years.
 */
public final class Periods {

  private Periods() {}

  public static InsightPeriod containing(PeriodKind kind, LocalDate day, DayOfWeek weekStart) {
    return switch (kind) {
      case WEEK -> {
        LocalDate start = day.with(TemporalAdjusters.previousOrSame(weekStart));
        yield new InsightPeriod(kind, start, start.plusDays(6));
      }
      case MONTH -> new InsightPeriod(kind, day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
      case QUARTER -> {
        LocalDate start = LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
        yield new InsightPeriod(kind, start, start.plusMonths(3).minusDays(1));
      }
      case YEAR -> new InsightPeriod(kind, day.withDayOfYear(1), day.with(TemporalAdjusters.lastDayOfYear()));
    };
  }

  /** The {@code count} periods just before {@code period}, the nearest first. */
  public static List<InsightPeriod> before(InsightPeriod period, int count, DayOfWeek weekStart) {
    List<InsightPeriod> previous = new ArrayList<>(count);
    InsightPeriod current = period;
    for (int i = 0; i < count; i++) {
      current = containing(period.kind(), current.start().minusDays(1), weekStart);
      previous.add(current);
    }
    return previous;
  }
}

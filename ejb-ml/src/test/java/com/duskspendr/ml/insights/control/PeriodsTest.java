package com.duskspendr.ml.insights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.duskspendr.ml.insights.entity.InsightPeriod;
import com.duskspendr.ml.insights.entity.PeriodKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodsTest {

  private static InsightPeriod period(PeriodKind kind, String start, String end) {
    return new InsightPeriod(kind, LocalDate.parse(start), LocalDate.parse(end));
  }

  @Test
  void weeksStartOnTheUsersFirstDay() {
    LocalDate wednesday = LocalDate.parse("2026-03-18");
    assertEquals(period(PeriodKind.WEEK, "2026-03-16", "2026-03-22"),
        Periods.containing(PeriodKind.WEEK, wednesday, DayOfWeek.MONDAY));
    assertEquals(period(PeriodKind.WEEK, "2026-03-15", "2026-03-21"),
        Periods.containing(PeriodKind.WEEK, wednesday, DayOfWeek.SUNDAY));
  }

  @Test
  void monthsQuartersAndYearsAreCalendarUnits() {
    LocalDate day = LocalDate.parse("2024-02-29");
    assertEquals(period(PeriodKind.MONTH, "2024-02-01", "2024-02-29"), Periods.containing(PeriodKind.MONTH, day, DayOfWeek.MONDAY));
    assertEquals(period(PeriodKind.QUARTER, "2024-01-01", "2024-03-31"), Periods.containing(PeriodKind.QUARTER, day, DayOfWeek.MONDAY));
    assertEquals(period(PeriodKind.QUARTER, "2024-10-01", "2024-12-31"),
        Periods.containing(PeriodKind.QUARTER, LocalDate.parse("2024-11-30"), DayOfWeek.MONDAY));
    assertEquals(period(PeriodKind.YEAR, "2024-01-01", "2024-12-31"), Periods.containing(PeriodKind.YEAR, day, DayOfWeek.MONDAY));
  }

  @Test
  void thePreviousPeriodsAreTheNearestFirst() {
    InsightPeriod march = Periods.containing(PeriodKind.MONTH, LocalDate.parse("2026-03-31"), DayOfWeek.MONDAY);
    assertEquals(List.of(
            period(PeriodKind.MONTH, "2026-02-01", "2026-02-28"),
            period(PeriodKind.MONTH, "2026-01-01", "2026-01-31"),
            period(PeriodKind.MONTH, "2025-12-01", "2025-12-31")),
        Periods.before(march, 3, DayOfWeek.MONDAY));
  }
}

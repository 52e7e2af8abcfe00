package com.duskspendr.analytics.spending.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.platform.failure.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SpendingPeriodTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 2, 11); // a Wednesday

  @Test
  void weeksFollowTheUsersWeekStart() {
    SpendingPeriod sunday = SpendingPeriod.parse("week", null, null, null, TODAY, DayOfWeek.SUNDAY);
    assertEquals(LocalDate.of(2026, 2, 8), sunday.from());
    assertEquals(LocalDate.of(2026, 2, 14), sunday.to());
    SpendingPeriod monday = SpendingPeriod.parse("week", null, null, null, TODAY, DayOfWeek.MONDAY);
    assertEquals(LocalDate.of(2026, 2, 9), monday.from());
  }

  @Test
  void theDailyAverageDividesByTheRealDays() {
    SpendingPeriod february = SpendingPeriod.parse("month", "2026-02-03", null, null, TODAY, DayOfWeek.MONDAY);
    assertEquals(28, february.length());
    assertEquals(11, february.daysForAverage(TODAY), "the current month: days elapsed, today included");
    SpendingPeriod leap = SpendingPeriod.parse("month", "2028-02-10", null, null, TODAY, DayOfWeek.MONDAY);
    assertEquals(29, leap.daysForAverage(TODAY));
    SpendingPeriod january = SpendingPeriod.parse("month", "2026-01-31", null, null, TODAY, DayOfWeek.MONDAY);
    assertEquals(31, january.daysForAverage(TODAY));
  }

  @Test
  void quartersYearsAndCustomRanges() {
    SpendingPeriod quarter = SpendingPeriod.parse("quarter", "2026-05-20", null, null, TODAY, DayOfWeek.MONDAY);
    assertEquals(LocalDate.of(2026, 4, 1), quarter.from());
    assertEquals(LocalDate.of(2026, 6, 30), quarter.to());
    SpendingPeriod year = SpendingPeriod.parse("YEAR", null, null, null, TODAY, DayOfWeek.MONDAY);
    assertEquals(365, year.length());
    SpendingPeriod custom = SpendingPeriod.parse("custom", null, "2026-01-30", "2026-02-02", TODAY, DayOfWeek.MONDAY);
    assertEquals(4, custom.length());
  }

  @Test
  void badParametersAreNamed() {
    InvalidInputException unknown = assertThrows(InvalidInputException.class,
        () -> SpendingPeriod.parse("decade", null, null, null, TODAY, DayOfWeek.MONDAY));
    assertEquals("period", unknown.issues().get(0).field());
    InvalidInputException custom = assertThrows(InvalidInputException.class,
        () -> SpendingPeriod.parse("custom", "2026-01-01", "2026-02-30", "", TODAY, DayOfWeek.MONDAY));
    assertEquals(3, custom.issues().size());
    InvalidInputException reversed = assertThrows(InvalidInputException.class,
        () -> SpendingPeriod.parse("custom", null, "2026-02-02", "2026-02-01", TODAY, DayOfWeek.MONDAY));
    assertTrue(reversed.issues().get(0).issue().contains("before"));
    assertThrows(InvalidInputException.class,
        () -> SpendingPeriod.parse("month", null, "2026-02-02", null, TODAY, DayOfWeek.MONDAY));
  }
}

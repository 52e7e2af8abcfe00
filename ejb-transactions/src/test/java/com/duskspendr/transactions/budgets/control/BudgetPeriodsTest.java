package com.duskspendr.transactions.budgets.control;

import static com.duskspendr.transactions.budgets.boundary.BudgetPeriod.MONTHLY;
import static com.duskspendr.transactions.budgets.boundary.BudgetPeriod.WEEKLY;
import static com.duskspendr.transactions.budgets.boundary.BudgetPeriod.YEARLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class BudgetPeriodsTest {

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static DateRange range(String start, String end) {
    return new DateRange(d(start), d(end));
  }

  // 2026-11-25 is a Wednesday.
  @ParameterizedTest
  @CsvSource({
    "MONDAY, 2026-11-23, 2026-11-29",
    "TUESDAY, 2026-11-24, 2026-11-30",
    "WEDNESDAY, 2026-11-25, 2026-12-01",
    "THURSDAY, 2026-11-19, 2026-11-25",
    "FRIDAY, 2026-11-20, 2026-11-26",
    "SATURDAY, 2026-11-21, 2026-11-27",
    "SUNDAY, 2026-11-22, 2026-11-28"
  })
  void weeklyPeriodsFollowTheUsersWeekStart(DayOfWeek weekStart, String start, String end) {
    assertEquals(range(start, end), BudgetPeriods.containing(WEEKLY, d("2026-01-01"), weekStart, d("2026-11-25")));
  }

  @Test
  void aWeeklyBudgetsFirstPeriodIsTheWeekOfItsStartDate() {
    // Started on a Thursday: that whole week is the first period, also on days before the start.
    assertEquals(range("2026-11-23", "2026-11-29"),
        BudgetPeriods.containing(WEEKLY, d("2026-11-26"), DayOfWeek.MONDAY, d("2026-11-10")));
    assertEquals(Optional.empty(),
        BudgetPeriods.previous(WEEKLY, d("2026-11-26"), DayOfWeek.MONDAY, range("2026-11-23", "2026-11-29")));
    assertEquals(Optional.of(range("2026-11-23", "2026-11-29")),
        BudgetPeriods.previous(WEEKLY, d("2026-11-26"), DayOfWeek.MONDAY, range("2026-11-30", "2026-12-06")));
  }

  @Test
  void monthlyPeriodsRunFromTheStartDatesDayOfMonth() {
    assertEquals(range("2026-11-15", "2026-12-14"), BudgetPeriods.containing(MONTHLY, d("2026-01-15"), DayOfWeek.MONDAY, d("2026-11-25")));
    assertEquals(range("2026-11-15", "2026-12-14"), BudgetPeriods.containing(MONTHLY, d("2026-01-15"), DayOfWeek.MONDAY, d("2026-11-15")));
    assertEquals(range("2026-10-15", "2026-11-14"), BudgetPeriods.containing(MONTHLY, d("2026-01-15"), DayOfWeek.MONDAY, d("2026-11-14")));
    assertEquals(range("2026-11-01", "2026-11-30"), BudgetPeriods.containing(MONTHLY, d("2026-01-01"), DayOfWeek.MONDAY, d("2026-11-30")));
  }

  @Test
  void aStartOnTheThirtyFirstClampsToShortMonthsAndComesBack() {
    LocalDate start = d("2026-01-31");
    assertEquals(range("2026-01-31", "2026-02-27"), BudgetPeriods.containing(MONTHLY, start, DayOfWeek.MONDAY, d("2026-02-27")));
    assertEquals(range("2026-02-28", "2026-03-30"), BudgetPeriods.containing(MONTHLY, start, DayOfWeek.MONDAY, d("2026-02-28")));
    assertEquals(range("2026-03-31", "2026-04-29"), BudgetPeriods.containing(MONTHLY, start, DayOfWeek.MONDAY, d("2026-04-01")));
    assertEquals(range("2026-04-30", "2026-05-30"), BudgetPeriods.containing(MONTHLY, start, DayOfWeek.MONDAY, d("2026-05-30")));
    assertEquals(range("2026-05-31", "2026-06-29"), BudgetPeriods.containing(MONTHLY, start, DayOfWeek.MONDAY, d("2026-05-31")));
  }

  @Test
  void februaryInALeapYear() {
    LocalDate start = d("2028-01-30");
    assertEquals(range("2028-01-30", "2028-02-28"), BudgetPeriods.containing(MONTHLY, start, DayOfWeek.MONDAY, d("2028-02-10")));
    assertEquals(range("2028-02-29", "2028-03-29"), BudgetPeriods.containing(MONTHLY, start, DayOfWeek.MONDAY, d("2028-02-29")));
  }

  @Test
  void yearlyPeriodsRunFromTheStartDateAndClampTheTwentyNinthOfFebruary() {
    assertEquals(range("2026-04-06", "2027-04-05"), BudgetPeriods.containing(YEARLY, d("2020-04-06"), DayOfWeek.MONDAY, d("2026-11-25")));
    LocalDate leap = d("2024-02-29");
    assertEquals(range("2024-02-29", "2025-02-27"), BudgetPeriods.containing(YEARLY, leap, DayOfWeek.MONDAY, d("2025-02-27")));
    assertEquals(range("2025-02-28", "2026-02-27"), BudgetPeriods.containing(YEARLY, leap, DayOfWeek.MONDAY, d("2025-02-28")));
    assertEquals(range("2028-02-29", "2029-02-27"), BudgetPeriods.containing(YEARLY, leap, DayOfWeek.MONDAY, d("2028-03-01")));
  }

  @ParameterizedTest
  @EnumSource(com.duskspendr.transactions.budgets.boundary.BudgetPeriod.class)
  void beforeTheStartTheCurrentPeriodIsTheFirstAndHasNoPrevious(com.duskspendr.transactions.budgets.boundary.BudgetPeriod period) {
    LocalDate start = d("2026-12-10");
    DateRange first = BudgetPeriods.containing(period, start, DayOfWeek.MONDAY, d("2026-11-25"));
    assertEquals(first, BudgetPeriods.containing(period, start, DayOfWeek.MONDAY, start));
    assertEquals(Optional.empty(), BudgetPeriods.previous(period, start, DayOfWeek.MONDAY, first));
  }

  @ParameterizedTest
  @EnumSource(com.duskspendr.transactions.budgets.boundary.BudgetPeriod.class)
  void periodsTileTheCalendarWithoutGapsOrOverlaps(com.duskspendr.transactions.budgets.boundary.BudgetPeriod period) {
    LocalDate start = d("2024-01-31");
    DateRange current = BudgetPeriods.containing(period, start, DayOfWeek.SUNDAY, start);
    for (int i = 0; i < 40; i++) {
      LocalDate next = current.end().plusDays(1);
      DateRange following = BudgetPeriods.containing(period, start, DayOfWeek.SUNDAY, next);
      assertEquals(next, following.start());
      assertEquals(Optional.of(current), BudgetPeriods.previous(period, start, DayOfWeek.SUNDAY, following));
      for (LocalDate day = current.start(); !day.isAfter(current.end()); day = day.plusDays(1)) {
        assertEquals(current, BudgetPeriods.containing(period, start, DayOfWeek.SUNDAY, day));
      }
      current = following;
      assertTrue(current.days() >= 7);
    }
  }
}

package com.duskspendr.notifications.digest.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DigestScheduleTest {

  private static final DigestSchedule MONDAY_8 = new DigestSchedule(DayOfWeek.MONDAY, LocalTime.of(8, 0));

  @Test
  void isDueFromMondayEightInTheUsersZoneAndReportsOnTheWeekBefore() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    // Monday 2026-11-30, 07:59 in Berlin (06:59 UTC): not yet
    assertTrue(MONDAY_8.dueAt(Instant.parse("2026-11-30T06:59:00Z"), berlin).isEmpty());
    Optional<DigestWeek> due = MONDAY_8.dueAt(Instant.parse("2026-11-30T07:00:00Z"), berlin);
    assertEquals("2026-W49", due.orElseThrow().label());
    assertEquals(LocalDate.of(2026, 11, 23), due.get().reportFrom());
    assertEquals(LocalDate.of(2026, 11, 29), due.get().reportTo());
  }

  @Test
  void theSameInstantIsMondayMorningInOneZoneAndSundayInAnother() {
    Instant instant = Instant.parse("2026-11-30T09:00:00Z");
    assertEquals("2026-W49", MONDAY_8.dueAt(instant, ZoneOffset.UTC).orElseThrow().label());
    // 04:00 on that Monday in New York: not yet
    assertTrue(MONDAY_8.dueAt(instant, ZoneId.of("America/New_York")).isEmpty());
  }

  @Test
  void staysDueForTheRestOfTheWeekSoAMissedRunIsMadeGood() {
    assertEquals("2026-W49", MONDAY_8.dueAt(Instant.parse("2026-12-06T23:59:00Z"), ZoneOffset.UTC).orElseThrow().label());
    assertTrue(MONDAY_8.dueAt(Instant.parse("2026-12-07T07:59:00Z"), ZoneOffset.UTC).isEmpty());
  }

  @Test
  void anotherDayOfTheWeekCountsWithinTheSameIsoWeek() {
    DigestSchedule thursday = new DigestSchedule(DayOfWeek.THURSDAY, LocalTime.MIDNIGHT);
    assertTrue(thursday.dueAt(Instant.parse("2026-12-02T23:59:59Z"), ZoneOffset.UTC).isEmpty());
    DigestWeek week = thursday.dueAt(Instant.parse("2026-12-03T00:00:00Z"), ZoneOffset.UTC).orElseThrow();
    assertEquals(LocalDate.of(2026, 11, 23), week.reportFrom());
  }

  @Test
  void theIsoWeekYearLabelsTheWeekAcrossNewYear() {
    // Monday 2026-12-28 is in ISO week 53 of 2026; Monday 2027-01-04 in week 1 of 2027
    assertEquals("2026-W53", DigestWeek.containing(LocalDate.of(2027, 1, 1)).label());
    assertEquals("2027-W01", DigestWeek.containing(LocalDate.of(2027, 1, 4)).label());
    assertThrows(IllegalArgumentException.class, () -> new DigestWeek(LocalDate.of(2027, 1, 5)));
  }
}

package com.duskspendr.notifications.preferences.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

  private static final QuietHours NIGHT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void aWindowAcrossMidnightHoldsBothSides() {
    assertTrue(NIGHT.contains(LocalTime.of(22, 0)));
    assertTrue(NIGHT.contains(LocalTime.of(23, 59)));
    assertTrue(NIGHT.contains(LocalTime.of(0, 0)));
    assertTrue(NIGHT.contains(LocalTime.of(6, 59)));
    assertFalse(NIGHT.contains(LocalTime.of(7, 0)));
    assertFalse(NIGHT.contains(LocalTime.of(12, 0)));
    assertFalse(NIGHT.contains(LocalTime.of(21, 59)));
  }

  @Test
  void aDaytimeWindowHoldsOnlyItsHours() {
    QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 30));
    assertTrue(lunch.contains(LocalTime.of(12, 45)));
    assertFalse(lunch.contains(LocalTime.of(13, 30)));
    assertFalse(lunch.contains(LocalTime.of(11, 59)));
  }

  @Test
  void outsideTheWindowANotificationGoesAtOnce() {
    Instant noon = Instant.parse("2026-06-10T10:00:00Z"); // 12:00 in Berlin
    assertEquals(noon, NIGHT.releaseAt(noon, BERLIN));
  }

  @Test
  void lateInTheEveningItWaitsUntilTheNextMorningInTheUsersZone() {
    Instant late = Instant.parse("2026-06-10T21:30:00Z"); // 23:30 in Berlin (summer time)
    assertEquals(Instant.parse("2026-06-11T05:00:00Z"), NIGHT.releaseAt(late, BERLIN));
  }

  @Test
  void afterMidnightItWaitsUntilThatMorning() {
    Instant early = Instant.parse("2026-06-11T01:00:00Z"); // 03:00 in Berlin
    assertEquals(Instant.parse("2026-06-11T05:00:00Z"), NIGHT.releaseAt(early, BERLIN));
  }

  @Test
  void theSameInstantIsQuietInOneZoneAndNotInAnother() {
    Instant instant = Instant.parse("2026-06-10T23:00:00Z");
    assertEquals(instant, NIGHT.releaseAt(instant, ZoneId.of("America/Los_Angeles"))); // 16:00 there
    assertEquals(Instant.parse("2026-06-11T01:30:00Z"), NIGHT.releaseAt(instant, ZoneId.of("Asia/Kolkata"))); // 04:30 there
  }

  @Test
  void anEndInADaylightSavingGapMovesToTheFirstValidInstant() {
    QuietHours overGap = new QuietHours(LocalTime.of(1, 0), LocalTime.of(2, 30));
    Instant during = Instant.parse("2026-03-29T00:30:00Z"); // 01:30 CET; at 02:00 clocks jump to 03:00
    assertEquals(Instant.parse("2026-03-29T01:30:00Z"), overGap.releaseAt(during, BERLIN));
  }

  @Test
  void anEmptyWindowIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new QuietHours(LocalTime.NOON, LocalTime.NOON));
  }
}

package com.duskspendr.notifications.digest.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * When in each week the digest goes out, in the user's own time zone: Monday 08:00 by default.
 *
 * @param day the day of the ISO week (Monday first) the digest is sent on
 * @param time the local time from which it is sent on that day
 */
public record DigestSchedule(DayOfWeek day, LocalTime time) {

  public DigestSchedule {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(time, "time");
  }

  /**
   * The week whose digest is due at {@code now} for a user in {@code zone}: the current ISO week once its
   * send moment has passed, else none (the previous week's was due last week). A day skipped by a
   * daylight-saving change counts from the moment after the gap, as {@link ZonedDateTime#of} resolves it.
   */
  public Optional<DigestWeek> dueAt(Instant now, ZoneId zone) {
    LocalDate today = now.atZone(zone).toLocalDate();
    DigestWeek week = DigestWeek.containing(today);
    LocalDate sendDay = week.monday().plusDays(day.getValue() - 1L);
    Instant sendAt = ZonedDateTime.of(sendDay, time, zone).toInstant();
    return now.isBefore(sendAt) ? Optional.empty() : Optional.of(week);
  }
}

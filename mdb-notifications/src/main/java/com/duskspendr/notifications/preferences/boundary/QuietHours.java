package com.duskspendr.notifications.preferences.boundary;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A daily window of wall-clock time in the user's zone during which non-urgent notifications wait; it
 * may wrap midnight (22:00 to 07:00). {@code start} is inside, {@code end} is not.
 */
public record QuietHours(LocalTime start, LocalTime end) {

  public QuietHours {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (start.equals(end)) {
      throw new IllegalArgumentException("quiet hours must not start and end at the same time");
    }
  }

  public boolean contains(LocalTime time) {
    return start.isBefore(end)
        ? !time.isBefore(start) && time.isBefore(end)
        : !time.isBefore(start) || time.isBefore(end);
  }

  /**
   * When a notification due at {@code now} may go out in this zone: {@code now} itself outside the
   * window, else the window's end (on the right day; a zone's gap moves it to the first valid instant).
   */
  public Instant releaseAt(Instant now, ZoneId zone) {
    ZonedDateTime local = now.atZone(zone);
    if (!contains(local.toLocalTime())) {
      return now;
    }
    LocalDateTime end = local.toLocalDate().atTime(this.end);
    if (!end.isAfter(local.toLocalDateTime())) {
      end = end.plusDays(1);
    }
    return end.atZone(zone).toInstant();
  }
}

package com.duskspendr.notifications.digest.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The ISO week a digest is sent in and the week it reports on, the one before (Monday to Sunday in the
 * user's time zone).
 *
 * @param monday the Monday of the week the digest is sent in
 */
public record DigestWeek(LocalDate monday) {

  public DigestWeek {
    if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException(monday + " is not a Monday");
    }
  }

  public static DigestWeek containing(LocalDate day) {
    return new DigestWeek(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
  }

  /** As ISO 8601 writes it ({@code 2026-W49}): the key of the sent digest. */
  public String label() {
    return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** First day reported on: the previous Monday. */
  public LocalDate reportFrom() {
    return monday.minusWeeks(1);
  }

  /** Last day reported on: the Sunday before {@link #monday()}. */
  public LocalDate reportTo() {
    return monday.minusDays(1);
  }
}

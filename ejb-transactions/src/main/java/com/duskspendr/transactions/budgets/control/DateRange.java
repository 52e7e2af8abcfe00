package com.duskspendr.transactions.budgets.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Whole days from {@code start} to {@code end}, both included. */
public record DateRange(LocalDate start, LocalDate end) {

  public DateRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(start + " is after " + end);
    }
  }

  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }
}

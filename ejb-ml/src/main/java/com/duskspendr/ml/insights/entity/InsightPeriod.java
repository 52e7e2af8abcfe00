package com.duskspendr.ml.insights.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** One reporting period: whole days from {@code start} to {@code end}, both included. */
public record InsightPeriod(PeriodKind kind, LocalDate start, LocalDate end) {

  public InsightPeriod {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(start + " is after " + end);
    }
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }
}

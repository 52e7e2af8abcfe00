package com.duskspendr.ml.insights.entity;

import java.util.Locale;
import java.util.Optional;

/** The length of a reporting period. Weeks follow the user's first day of the week; the rest are calendar units. */
public enum PeriodKind {
  WEEK,
  MONTH,
  QUARTER,
  YEAR;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<PeriodKind> fromWireName(String value) {
    for (PeriodKind kind : values()) {
      if (kind.wireName().equals(value)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}

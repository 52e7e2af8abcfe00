package com.duskspendr.transactions.categories.entity;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Creation and update stamps of this component's rows. */
final class Timestamps {

  private Timestamps() {}

  // PostgreSQL keeps microseconds; truncating keeps the in-memory value equal to the stored one.
  static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }
}

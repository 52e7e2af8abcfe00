package com.duskspendr.platform.persistence;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Timestamps as the auth schema stores them. OffsetDateTime rather than Instant, because EclipseLink 4 has
 * no Instant mapping and would store it as bytea; truncated to microseconds, because PostgreSQL keeps no
 * more, so that an in-memory value equals the stored one.
 */
public final class Timestamps {

  private Timestamps() {}

  public static OffsetDateTime now(Clock clock) {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }
}

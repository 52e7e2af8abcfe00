package com.duskspendr.web.sync;

import java.util.Objects;

/**
 * A record's current state as the API shows it.
 *
 * @param representation exactly what the record's own GET endpoint returns as {@code data} (a DTO)
 */
public record SyncedRecord(long version, Object representation) {

  public SyncedRecord {
    Objects.requireNonNull(representation, "representation");
  }
}

package com.duskspendr.transactions.imports.boundary;

import java.util.Locale;

/** Where a background import stands; {@code done} and {@code failed} are final. */
public enum ImportStatus {
  QUEUED,
  RUNNING,
  DONE,
  /** Stopped before the end (the database failed, or the instance stopped): import the file again. */
  FAILED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ImportStatus fromWireName(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }

  public boolean inFlight() {
    return this == QUEUED || this == RUNNING;
  }
}

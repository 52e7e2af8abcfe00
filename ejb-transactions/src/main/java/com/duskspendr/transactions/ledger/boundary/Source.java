package com.duskspendr.transactions.ledger.boundary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a transaction came from; {@link #wireName()} is its name in JSON and in the database. */
public enum Source {
  MANUAL,
  SMS,
  BANK_IMPORT,
  API;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Source> fromWireName(String name) {
    return Arrays.stream(values()).filter(source -> source.wireName().equals(name)).findFirst();
  }
}

package com.duskspendr.transactions.ledger.boundary;

import java.util.Arrays;
import java.util.Locale;

/**
 * How the category was decided: {@code pending} (waiting for the categorizer), {@code categorized} (by the
 * model), {@code rule} (by a merchant rule), {@code manual} (by the user: automation never overwrites it).
 */
public enum CategorizationStatus {
  PENDING,
  CATEGORIZED,
  MANUAL,
  RULE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static CategorizationStatus fromWireName(String name) {
    return Arrays.stream(values())
        .filter(status -> status.wireName().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown categorization status " + name));
  }
}

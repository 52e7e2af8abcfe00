package com.duskspendr.transactions.categories.boundary;

import java.util.Locale;
import java.util.Optional;

/** How a rule's pattern is compared with a merchant name (both normalized). */
public enum MatchType {
  /** The whole name equals the pattern. */
  EXACT,
  /** The name starts with the pattern. */
  PREFIX,
  /** The pattern occurs anywhere in the name. */
  CONTAINS;

  /** The name in the API and the database: {@code exact}, {@code prefix}, {@code contains}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<MatchType> fromWireName(String value) {
    for (MatchType type : values()) {
      if (type.wireName().equals(value)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  public boolean matches(String normalizedName, String normalizedPattern) {
    return switch (this) {
      case EXACT -> normalizedName.equals(normalizedPattern);
      case PREFIX -> normalizedName.startsWith(normalizedPattern);
      case CONTAINS -> normalizedName.contains(normalizedPattern);
    };
  }
}

package com.duskspendr.transactions.categories.control;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one normal form in which merchant names and rule patterns are compared: trimmed, every run of
 * whitespace collapsed to one space, lower case (locale-independent). "  STARBUCKS   Store #12" and
 * "starbucks store #12" are the same merchant.
 */
public final class MerchantNames {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private MerchantNames() {}

  /** The normal form; empty for null or blank input. */
  public static String normalize(String raw) {
    if (raw == null) {
      return "";
    }
    return WHITESPACE.matcher(raw.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }
}

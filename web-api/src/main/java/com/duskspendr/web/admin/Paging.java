package com.duskspendr.web.admin;

import com.duskspendr.platform.failure.InvalidInputException;

/** Whole-number query parameters of the admin API, with a default and bounds; anything else is a 400 naming it. */
final class Paging {

  private Paging() {}

  static int number(String name, String text, int fallback, int min, int max) {
    return (int) longNumber(name, text, fallback, min, max);
  }

  static long longNumber(String name, String text, long fallback, long min, long max) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      long value = Long.parseLong(text.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    throw InvalidInputException.of(name, "must be a whole number from " + min + " to " + max);
  }
}

package com.duskspendr.web.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * ISO-8601 text for the API's timestamps, exactly as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} writes it
 * (JSON-B's default, which clients already read: {@code 2024-06-02T06:15:30.5Z}, fraction without trailing
 * zeros, {@code Z} for UTC), but without the formatter's generic machinery: a list page writes 150 of them, and
 * formatting through JSON-B was a third of the page's JSON cost (JFR, issue 3). Years outside 0000-9999 (never
 * stored, but not impossible) go through the formatter itself.
 */
public final class IsoTimes {

  private IsoTimes() {}

  public static String format(OffsetDateTime time) {
    int year = time.getYear();
    if (year < 0 || year > 9999) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }
    StringBuilder text = new StringBuilder(35);
    appendDate(text, year, time.getMonthValue(), time.getDayOfMonth());
    text.append('T');
    two(text, time.getHour()).append(':');
    two(text, time.getMinute()).append(':');
    two(text, time.getSecond());
    int nano = time.getNano();
    if (nano != 0) {
      // nine digits, then the trailing zeros dropped, as appendFraction(NANO_OF_SECOND, 0, 9, true) does
      String digits = Integer.toString(1_000_000_000 + nano).substring(1);
      int end = digits.length();
      while (digits.charAt(end - 1) == '0') {
        end--;
      }
      text.append('.').append(digits, 0, end);
    }
    // ZoneOffset's id is what appendOffsetId writes: Z, +02:00, or +02:00:30 when there are seconds
    return text.append(time.getOffset().getId()).toString();
  }

  public static String format(LocalDate date) {
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }
    StringBuilder text = new StringBuilder(10);
    appendDate(text, year, date.getMonthValue(), date.getDayOfMonth());
    return text.toString();
  }

  private static void appendDate(StringBuilder text, int year, int month, int day) {
    if (year < 1000) {
      text.append(year < 10 ? "000" : year < 100 ? "00" : "0");
    }
    text.append(year).append('-');
    two(text, month).append('-');
    two(text, day);
  }

  private static StringBuilder two(StringBuilder text, int value) {
    if (value < 10) {
      text.append('0');
    }
    return text.append(value);
  }
}

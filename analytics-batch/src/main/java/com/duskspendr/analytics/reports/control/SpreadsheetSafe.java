package com.duskspendr.analytics.reports.control;

/**
 * A text cell a spreadsheet will not run: values starting with {@code =}, {@code +}, {@code -}, {@code @},
 * tab or carriage return get a leading apostrophe (OWASP's advice against CSV injection). Only text cells:
 * amounts such as {@code -12.50} must stay numbers, so they are never passed through here.
 */
public final class SpreadsheetSafe {

  private SpreadsheetSafe() {}

  public static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return value == null ? "" : value;
    }
    char first = value.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
        ? "'" + value : value;
  }
}

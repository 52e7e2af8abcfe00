package com.duskspendr.transactions.imports.control;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads amounts as banks write them: {@code -12.50}, {@code 1,234.56}, {@code 1.234,56} (decimal comma),
 * {@code (12.50)} (accounting negative), {@code 12.50-} (trailing minus), with an optional currency sign.
 * Exact: parsed as text into BigDecimal, never through a double.
 */
final class Amounts {

  // Grouping separators only where they group thousands: "12,50" read with a decimal point is an error,
  // never 1250.
  private static final Pattern POINT_DECIMAL = Pattern.compile("[+-]?([0-9]+|[0-9]{1,3}(,[0-9]{3})+)(\\.[0-9]+)?");
  private static final Pattern COMMA_DECIMAL = Pattern.compile("[+-]?([0-9]+|[0-9]{1,3}(\\.[0-9]{3})+)(,[0-9]+)?");
  private static final Pattern CURRENCY_SIGNS = Pattern.compile("[$€£¥\\s\\u00a0']");

  private Amounts() {}

  /**
   * @param decimalSeparator {@code '.'} or {@code ','}: the other one (and spaces, apostrophes) may group thousands
   * @return the amount, or null when the text is not one
   */
  static BigDecimal parse(String text, char decimalSeparator) {
    if (text == null) {
      return null;
    }
    String value = CURRENCY_SIGNS.matcher(text).replaceAll("");
    boolean negative = false;
    if (value.startsWith("(") && value.endsWith(")")) {
      negative = true;
      value = value.substring(1, value.length() - 1);
    } else if (value.endsWith("-") && value.length() > 1 && !value.startsWith("-") && !value.startsWith("+")) {
      negative = true;
      value = value.substring(0, value.length() - 1);
    }
    if (decimalSeparator == ',') {
      if (!COMMA_DECIMAL.matcher(value).matches()) {
        return null;
      }
      value = value.replace(".", "").replace(',', '.');
    } else {
      if (!POINT_DECIMAL.matcher(value).matches()) {
        return null;
      }
      value = value.replace(",", "");
    }
    BigDecimal amount = new BigDecimal(value);
    return negative ? amount.negate() : amount;
  }
}

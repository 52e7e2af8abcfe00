package com.duskspendr.transactions.imports.control;

import com.duskspendr.transactions.imports.boundary.LineFailure;
import com.duskspendr.transactions.imports.boundary.ParsedLine;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads QIF (Quicken Interchange Format) bank and credit-card statements: a {@code !Type:Bank} or
 * {@code !Type:CCard} section (also {@code Cash}, {@code Oth A}, {@code Oth L}) of records, one field a line
 * keyed by its first letter, each record ended by {@code ^}: {@code D} the date, {@code T} (or {@code U}) the
 * signed amount, {@code P} the payee (the merchant), {@code M} the memo (the description), {@code N} the
 * check or reference number, {@code L} the category (the user's own in Quicken, not ours: ignored). Other
 * sections (investments, the category list, memorized transactions) are skipped.
 *
 * <p>QIF has no transaction ids and no currency: lines are told apart by date, amount and payee (duplicate
 * detection's key), and the currency is the import's. Dates come as {@code 03/15/2024}, {@code 3/15'24}
 * (Quicken's apostrophe for years from 2000), {@code 3/15/24} or {@code 2024-03-15}; whether {@code 03/04} is
 * March 4 (US) or 3 April (day first) is the caller's choice, else decided from the file: a first number
 * above 12 anywhere means day first, a second above 12 means month first, and a file that shows neither is
 * refused as ambiguous rather than guessed.
 */
public final class QifStatementParser {

  /** How to read {@code a/b/y} dates. */
  public enum DateOrder {
    MONTH_FIRST,
    DAY_FIRST
  }

  private static final Pattern NUMERIC_DATE =
      Pattern.compile("\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*(?:(['/.-])\\s*(\\d{2}|\\d{4}))?\\s*");
  private static final Pattern ISO_DATE = Pattern.compile("\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})\\s*");
  private static final java.util.Set<String> BANK_TYPES = java.util.Set.of("bank", "ccard", "cash", "oth a", "oth l");

  private final ImportLimits limits;

  public QifStatementParser(ImportLimits limits) {
    this.limits = limits;
  }

  /** Whether the text starts like a QIF file ({@code !Type:}, {@code !Account}, {@code !Option}). */
  public static boolean looksLikeQif(String text) {
    String start = text.stripLeading();
    return start.regionMatches(true, 0, "!Type:", 0, 6) || start.regionMatches(true, 0, "!Account", 0, 8)
        || start.regionMatches(true, 0, "!Option", 0, 7);
  }

  /**
   * @param order null to decide from the file's dates
   * @param decimalSeparator as for CSV: {@code '.'} (default) or {@code ','}
   */
  public ParsedStatement parse(String text, String currency, DateOrder order, char decimalSeparator) {
    if (!looksLikeQif(text)) {
      throw new StatementException("file", "is not a QIF statement: it does not start with !Type:");
    }
    List<Record> records = records(text);
    if (records.size() > limits.maxLines()) {
      throw new StatementException("file", "has more than " + limits.maxLines() + " transactions; split it");
    }
    DateOrder dates = order != null ? order : detectOrder(records);
    List<ParsedLine> lines = new ArrayList<>();
    List<LineFailure> failures = new ArrayList<>();
    for (Record r : records) {
      String dateText = r.fields.get('D');
      String amountText = r.fields.containsKey('T') ? r.fields.get('T') : r.fields.get('U');
      if (dateText == null) {
        failures.add(new LineFailure(r.line, "has no date (D)"));
        continue;
      }
      LocalDate date = date(dateText, dates);
      if (date == null) {
        failures.add(new LineFailure(r.line, "date '" + dateText + "' is not a QIF date"));
        continue;
      }
      if (amountText == null) {
        failures.add(new LineFailure(r.line, "has no amount (T)"));
        continue;
      }
      BigDecimal amount = Amounts.parse(amountText.strip(), decimalSeparator);
      if (amount == null) {
        failures.add(new LineFailure(r.line, "amount '" + amountText + "' is not a number"));
        continue;
      }
      String payee = blankToNull(r.fields.get('P'));
      String memo = blankToNull(r.fields.get('M'));
      if (tooLong(payee) || tooLong(memo)) {
        failures.add(new LineFailure(r.line, "payee or memo is longer than " + ImportLimits.MAX_TEXT_LENGTH + " characters"));
        continue;
      }
      lines.add(new ParsedLine(r.line, date, amount, currency, payee, memo, null));
    }
    return new ParsedStatement(lines, failures);
  }

  /** One record: its fields by key letter (the first of each; splits' S/E/$ lines are ignored), where it starts. */
  private static final class Record {
    final int line;
    final Map<Character, String> fields = new HashMap<>();

    Record(int line) {
      this.line = line;
    }
  }

  private static List<Record> records(String text) {
    List<Record> records = new ArrayList<>();
    boolean inBankSection = false;
    Record open = null;
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("!")) {
        String header = line.substring(1).strip().toLowerCase(Locale.ROOT);
        if (header.startsWith("type:")) {
          String type = header.substring(5).strip();
          inBankSection = BANK_TYPES.contains(type);
        } else if (header.startsWith("option") || header.startsWith("clear")) {
          continue;
        } else {
          // !Account and other list headers: their records describe accounts, not transactions.
          inBankSection = false;
        }
        open = null;
        continue;
      }
      if (!inBankSection) {
        continue;
      }
      char key = Character.toUpperCase(line.charAt(0));
      if (key == '^') {
        if (open != null) {
          records.add(open);
        }
        open = null;
        continue;
      }
      if (open == null) {
        open = new Record(i + 1);
      }
      open.fields.putIfAbsent(key, line.substring(1));
    }
    if (open != null && open.fields.containsKey('D')) {
      // A last record without its ^: read it all the same.
      records.add(open);
    }
    return records;
  }

  /** Decides the date order from the file's own dates, or refuses when they never tell. */
  static DateOrder detectOrder(List<Record> records) {
    boolean dayFirst = false;
    boolean monthFirst = false;
    boolean anyNumeric = false;
    for (Record r : records) {
      String d = r.fields.get('D');
      Matcher m = d == null ? null : NUMERIC_DATE.matcher(d);
      if (m == null || !m.matches()) {
        continue;
      }
      anyNumeric = true;
      int first = Integer.parseInt(m.group(1));
      int second = Integer.parseInt(m.group(2));
      dayFirst |= first > 12;
      monthFirst |= second > 12;
    }
    if (dayFirst && monthFirst) {
      throw new StatementException("file", "mixes day-first and month-first dates (D lines)");
    }
    if (dayFirst) {
      return DateOrder.DAY_FIRST;
    }
    if (monthFirst || !anyNumeric) {
      return DateOrder.MONTH_FIRST;
    }
    throw new StatementException("dateOrder",
        "is needed: every date of this file could be month/day or day/month; say MDY (US) or DMY");
  }

  static LocalDate date(String text, DateOrder order) {
    try {
      Matcher iso = ISO_DATE.matcher(text);
      if (iso.matches()) {
        return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
      }
      Matcher m = NUMERIC_DATE.matcher(text);
      if (!m.matches() || m.group(4) == null) {
        return null;
      }
      int first = Integer.parseInt(m.group(1));
      int second = Integer.parseInt(m.group(2));
      int year = Integer.parseInt(m.group(4));
      if (m.group(4).length() == 2) {
        // Quicken writes 3/15'24 for 2024 and 3/15/99 for 1999; a two-digit year after / is read the same way.
        year += "'".equals(m.group(3)) || year < 70 ? 2000 : 1900;
      }
      return order == DateOrder.DAY_FIRST ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second);
    } catch (DateTimeException | NumberFormatException notADate) {
      return null;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static boolean tooLong(String value) {
    return value != null && value.length() > ImportLimits.MAX_TEXT_LENGTH;
  }
}

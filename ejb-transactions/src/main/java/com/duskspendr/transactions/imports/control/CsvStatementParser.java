package com.duskspendr.transactions.imports.control;

import com.duskspendr.platform.money.Money;

import com.duskspendr.transactions.imports.boundary.CsvOptions;
import com.duskspendr.transactions.imports.boundary.LineFailure;
import com.duskspendr.transactions.imports.boundary.ParsedLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Reads a CSV bank statement: a header row, then one transaction per record. A record that cannot be read
 * becomes a {@link LineFailure} with its line number and the rest is read on; only a file that cannot be
 * read at all (no usable header, too many lines, a bad option) throws {@link StatementException}.
 */
public final class CsvStatementParser {

  private final ImportLimits limits;

  public CsvStatementParser(ImportLimits limits) {
    this.limits = limits;
  }

  public ParsedStatement parse(String text, CsvOptions options) {
    DateTimeFormatter dates = dateFormatter(options.dateFormat());
    char decimal = options.decimalSeparator();
    if (decimal != '.' && decimal != ',') {
      throw new StatementException("decimalSeparator", "must be . or ,");
    }
    String defaultCurrency = currencyOrNull(options.defaultCurrency());
    if (defaultCurrency == null) {
      throw new StatementException("currency", "is not an ISO 4217 currency code");
    }
    char delimiter = options.delimiter() != null ? options.delimiter() : detectDelimiter(text);
    if (delimiter == decimal && options.delimiter() != null) {
      throw new StatementException("delimiter", "must differ from the decimal separator");
    }
    CsvReader reader = new CsvReader(text, delimiter, ImportLimits.MAX_RAW_FIELD_LENGTH);
    CsvReader.Record header = reader.next();
    while (header != null && header.isBlank()) {
      header = reader.next();
    }
    if (header == null) {
      throw new StatementException("file", "is empty: a CSV statement starts with a header row");
    }
    if (header.malformed() != null) {
      throw new StatementException("file", "header row " + header.malformed());
    }
    CsvColumns columns = CsvColumns.locate(header.fields(), options);

    List<ParsedLine> lines = new ArrayList<>();
    List<LineFailure> failures = new ArrayList<>();
    int records = 0;
    for (CsvReader.Record record = reader.next(); record != null; record = reader.next()) {
      if (record.isBlank()) {
        continue;
      }
      if (++records > limits.maxLines()) {
        throw new StatementException("file", "has more than " + limits.maxLines() + " lines; split it");
      }
      if (record.malformed() != null) {
        failures.add(new LineFailure(record.line(), "the line " + record.malformed()));
        continue;
      }
      try {
        lines.add(line(record, header.fields().size(), columns, dates, decimal, defaultCurrency));
      } catch (BadLine bad) {
        failures.add(new LineFailure(record.line(), bad.getMessage()));
      }
    }
    return new ParsedStatement(lines, failures);
  }

  private static ParsedLine line(
      CsvReader.Record record, int headerSize, CsvColumns columns, DateTimeFormatter dates, char decimal, String defaultCurrency) {
    List<String> fields = record.fields();
    if (fields.size() < headerSize || fields.subList(headerSize, fields.size()).stream().anyMatch(f -> !f.isBlank())) {
      throw new BadLine("has " + fields.size() + " fields; the header has " + headerSize);
    }
    LocalDate date = date(value(fields, columns.date()), dates);
    BigDecimal amount = columns.amount() != CsvColumns.ABSENT
        ? amount(value(fields, columns.amount()), decimal, "amount")
        : debitCredit(value(fields, columns.debit()), value(fields, columns.credit()), decimal);
    String currency = defaultCurrency;
    String currencyText = value(fields, columns.currency());
    if (currencyText != null) {
      currency = currencyOrNull(currencyText);
      if (currency == null) {
        throw new BadLine("currency '" + currencyText + "' is not an ISO 4217 code");
      }
    }
    String description = text(value(fields, columns.description()), "description", ImportLimits.MAX_TEXT_LENGTH);
    String merchant = text(value(fields, columns.merchant()), "merchant", ImportLimits.MAX_TEXT_LENGTH);
    // Many banks export only a description, which names the merchant ("TESCO STORES 2041").
    if (merchant == null && columns.merchant() == CsvColumns.ABSENT) {
      merchant = description;
    }
    String externalId = text(value(fields, columns.externalId()), "id", ImportLimits.MAX_EXTERNAL_ID_LENGTH);
    return new ParsedLine(record.line(), date, amount, currency, merchant, description, externalId);
  }

  /** The trimmed value, or null when the column is absent or the value blank. */
  private static String value(List<String> fields, int column) {
    if (column == CsvColumns.ABSENT) {
      return null;
    }
    String value = fields.get(column).strip();
    return value.isEmpty() ? null : value;
  }

  private static LocalDate date(String text, DateTimeFormatter dates) {
    if (text == null) {
      throw new BadLine("has no date");
    }
    String value = text;
    // ISO exports often carry the time: 2024-03-31T10:15:00 or 2024-03-31 10:15.
    if (dates == DateTimeFormatter.ISO_LOCAL_DATE && value.length() > 10
        && (value.charAt(10) == 'T' || value.charAt(10) == ' ')) {
      value = value.substring(0, 10);
    }
    try {
      return LocalDate.parse(value, dates);
    } catch (DateTimeParseException notADate) {
      throw new BadLine("date '" + text + "' does not match the date format");
    }
  }

  private static BigDecimal amount(String text, char decimal, String what) {
    if (text == null) {
      throw new BadLine("has no " + what);
    }
    BigDecimal amount = Amounts.parse(text, decimal);
    if (amount == null) {
      throw new BadLine(what + " '" + text + "' is not a number with decimal separator '" + decimal + "'");
    }
    return amount;
  }

  /** Money out is negative whatever sign the bank wrote it with; money in positive. */
  private static BigDecimal debitCredit(String debitText, String creditText, char decimal) {
    BigDecimal debit = debitText == null ? BigDecimal.ZERO : amount(debitText, decimal, "debit");
    BigDecimal credit = creditText == null ? BigDecimal.ZERO : amount(creditText, decimal, "credit");
    if (debit.signum() != 0 && credit.signum() != 0) {
      throw new BadLine("has both a debit and a credit");
    }
    if (debit.signum() == 0 && credit.signum() == 0) {
      throw new BadLine("has neither a debit nor a credit");
    }
    return debit.signum() != 0 ? debit.abs().negate() : credit.abs();
  }

  private static String text(String value, String what, int maxLength) {
    if (value != null && value.length() > maxLength) {
      throw new BadLine(what + " is longer than " + maxLength + " characters");
    }
    return value;
  }

  static DateTimeFormatter dateFormatter(String pattern) {
    if (pattern == null || pattern.isBlank() || pattern.equalsIgnoreCase("iso")) {
      return DateTimeFormatter.ISO_LOCAL_DATE;
    }
    if (pattern.length() > 32 || pattern.indexOf('\'') >= 0) {
      throw new StatementException("dateFormat", "must be a plain date pattern such as dd/MM/yyyy");
    }
    try {
      // STRICT rejects 31/02 instead of rounding it to 29/02; it needs uuuu (proleptic year) for yyyy.
      DateTimeFormatter formatter = DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);
      LocalDate probe = LocalDate.of(2024, 12, 31);
      if (!LocalDate.parse(formatter.format(probe), formatter).equals(probe)) {
        throw new StatementException("dateFormat", "must contain a day, a month and a year");
      }
      return formatter;
    } catch (IllegalArgumentException | java.time.DateTimeException notADatePattern) {
      throw new StatementException("dateFormat", "must contain a day, a month and a year, e.g. dd/MM/yyyy");
    }
  }

  /** Semicolon (or tab) files are common where the comma is the decimal separator. */
  static char detectDelimiter(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    if (header.indexOf(',') < 0) {
      if (header.indexOf(';') >= 0) {
        return ';';
      }
      if (header.indexOf('\t') >= 0) {
        return '\t';
      }
    }
    return ',';
  }

  public static String currencyOrNull(String code) {
    if (code == null || code.length() != 3) {
      return null;
    }
    try {
      return Currency.getInstance(code.toUpperCase(Locale.ROOT)).getCurrencyCode();
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  /** A line that cannot be imported; caught per line, never escapes the parser. */
  private static final class BadLine extends RuntimeException {
    BadLine(String issue) {
      super(issue, null, false, false);
    }
  }
}

package com.duskspendr.transactions.imports.control;

import com.duskspendr.transactions.imports.boundary.LineFailure;
import com.duskspendr.transactions.imports.boundary.ParsedLine;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads OFX and QFX statements, version 1.x (SGML: a {@code KEY:VALUE} header, then tags whose leaf
 * elements are never closed) and 2.x (XML). One tolerant tag scanner serves both: a leaf element is a tag
 * followed by text, an aggregate a tag followed by another tag, and closing tags of leaves are optional.
 * Each {@code <STMTTRN>} (bank and credit-card statements alike) becomes a line: {@code DTPOSTED} the date,
 * {@code TRNAMT} the signed amount, {@code FITID} the external id, {@code NAME} (or {@code PAYEE/NAME}) the
 * merchant, {@code MEMO} the description; the currency is the transaction's {@code CURRENCY/CURSYM}, else
 * the statement's {@code CURDEF}.
 */
public final class OfxStatementParser {

  private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9.]+)[^>]*?(/?)>");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6}|amp|lt|gt|quot|apos|nbsp);");
  private static final Pattern XML_ENCODING = Pattern.compile("<\\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)[\"']");

  private final ImportLimits limits;

  public OfxStatementParser(ImportLimits limits) {
    this.limits = limits;
  }

  /** Whether the bytes look like OFX or QFX rather than CSV. */
  public static boolean looksLikeOfx(byte[] content) {
    String start = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1);
    if (start.startsWith("\u00EF\u00BB\u00BF")) {
      start = start.substring(3);
    }
    start = start.stripLeading().toUpperCase(Locale.ROOT);
    return start.startsWith("OFXHEADER") || start.startsWith("<OFX") || (start.startsWith("<?XML") && start.contains("OFX"));
  }

  public ParsedStatement parse(byte[] content, String defaultCurrency) {
    String text = decode(content);
    int body = text.indexOf('<');
    if (body < 0 || !text.toUpperCase(Locale.ROOT).contains("<OFX")) {
      throw new StatementException("file", "is not an OFX statement: it has no <OFX> element");
    }
    List<ParsedLine> lines = new ArrayList<>();
    List<LineFailure> failures = new ArrayList<>();
    String statementCurrency = defaultCurrency;
    Transaction open = null;
    Deque<String> aggregates = new ArrayDeque<>();
    int transactions = 0;
    int line = 1 + count(text, 0, body);
    int scanned = body;
    Matcher tags = TAG.matcher(text);
    int from = body;
    while (tags.find(from)) {
      line += count(text, scanned, tags.start());
      scanned = tags.start();
      boolean closing = !tags.group(1).isEmpty();
      boolean selfClosing = !tags.group(3).isEmpty();
      String name = tags.group(2).toUpperCase(Locale.ROOT);
      int next = text.indexOf('<', tags.end());
      String value = unescape(text.substring(tags.end(), next < 0 ? text.length() : next)).strip();
      from = tags.end();

      if (name.equals("STMTTRN")) {
        if (open != null) {
          // SGML without the closing tag: the next transaction closes the previous one.
          finish(open, statementCurrency, lines, failures);
          open = null;
        }
        if (!closing) {
          if (++transactions > limits.maxLines()) {
            throw new StatementException("file", "has more than " + limits.maxLines() + " transactions; split it");
          }
          open = new Transaction(line);
          aggregates.clear();
        }
        continue;
      }
      if (closing) {
        if (aggregates.contains(name)) {
          while (!aggregates.pop().equals(name)) {
            // Pops aggregates left open inside the one being closed.
          }
        } else if (open != null && isStatementEnd(name)) {
          finish(open, statementCurrency, lines, failures);
          open = null;
        }
        continue;
      }
      if (selfClosing) {
        continue;
      }
      if (value.isEmpty()) {
        if (open != null) {
          aggregates.push(name);
        }
        continue;
      }
      if (open != null) {
        open.fields.putIfAbsent(path(aggregates, name), value);
      } else if (name.equals("CURDEF")) {
        statementCurrency = value;
      }
    }
    if (open != null) {
      finish(open, statementCurrency, lines, failures);
    }
    return new ParsedStatement(lines, failures);
  }

  private static boolean isStatementEnd(String name) {
    return name.equals("BANKTRANLIST") || name.equals("STMTRS") || name.equals("CCSTMTRS") || name.equals("OFX");
  }

  private static String path(Deque<String> aggregates, String name) {
    if (aggregates.isEmpty()) {
      return name;
    }
    List<String> outerFirst = new ArrayList<>(aggregates);
    java.util.Collections.reverse(outerFirst);
    return String.join("/", outerFirst) + "/" + name;
  }

  /** One {@code STMTTRN} being read: its leaf values by path below it ({@code NAME}, {@code PAYEE/NAME}). */
  private static final class Transaction {
    final int line;
    final Map<String, String> fields = new HashMap<>();

    Transaction(int line) {
      this.line = line;
    }
  }

  private static void finish(Transaction t, String statementCurrency, List<ParsedLine> lines, List<LineFailure> failures) {
    String posted = t.fields.get("DTPOSTED");
    String amountText = t.fields.get("TRNAMT");
    if (posted == null) {
      failures.add(new LineFailure(t.line, "has no DTPOSTED"));
      return;
    }
    LocalDate date = date(posted);
    if (date == null) {
      failures.add(new LineFailure(t.line, "DTPOSTED '" + posted + "' is not an OFX date"));
      return;
    }
    if (amountText == null) {
      failures.add(new LineFailure(t.line, "has no TRNAMT"));
      return;
    }
    // OFX says a decimal point; some European banks write a comma.
    BigDecimal amount = Amounts.parse(amountText, amountText.indexOf('.') < 0 && amountText.indexOf(',') >= 0 ? ',' : '.');
    if (amount == null) {
      failures.add(new LineFailure(t.line, "TRNAMT '" + amountText + "' is not a number"));
      return;
    }
    String currencyText = t.fields.getOrDefault("CURRENCY/CURSYM", statementCurrency);
    String currency = CsvStatementParser.currencyOrNull(currencyText);
    if (currency == null) {
      failures.add(new LineFailure(t.line, "currency '" + currencyText + "' is not an ISO 4217 code"));
      return;
    }
    String merchant = t.fields.getOrDefault("NAME", t.fields.get("PAYEE/NAME"));
    String memo = t.fields.get("MEMO");
    String fitId = t.fields.get("FITID");
    if (tooLong(merchant, ImportLimits.MAX_TEXT_LENGTH) || tooLong(memo, ImportLimits.MAX_TEXT_LENGTH)) {
      failures.add(new LineFailure(t.line, "NAME or MEMO is longer than " + ImportLimits.MAX_TEXT_LENGTH + " characters"));
      return;
    }
    if (tooLong(fitId, ImportLimits.MAX_EXTERNAL_ID_LENGTH)) {
      failures.add(new LineFailure(t.line, "FITID is longer than " + ImportLimits.MAX_EXTERNAL_ID_LENGTH + " characters"));
      return;
    }
    lines.add(new ParsedLine(t.line, date, amount, currency, merchant, memo, fitId));
  }

  private static boolean tooLong(String value, int max) {
    return value != null && value.length() > max;
  }

  /**
   * {@code YYYYMMDD[HHMMSS[.XXX]][[offset:TZ]]}: the date part, as the bank wrote it in its own time zone,
   * which is the local date of the transaction.
   */
  static LocalDate date(String value) {
    if (value.length() < 8 || !value.substring(0, 8).chars().allMatch(Character::isDigit)) {
      return null;
    }
    try {
      return LocalDate.of(
          Integer.parseInt(value.substring(0, 4)),
          Integer.parseInt(value.substring(4, 6)),
          Integer.parseInt(value.substring(6, 8)));
    } catch (java.time.DateTimeException | NumberFormatException notADate) {
      return null;
    }
  }

  /**
   * 2.x is XML (UTF-8 unless declared otherwise); 1.x declares {@code ENCODING} and {@code CHARSET} in its
   * header, most often USASCII with code page 1252.
   */
  static String decode(byte[] content) {
    String probe = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1);
    Charset charset = StandardCharsets.UTF_8;
    Matcher xml = XML_ENCODING.matcher(probe);
    if (xml.find()) {
      charset = charsetOr(xml.group(1), StandardCharsets.UTF_8);
    } else if (!probe.contains("<?xml") && !probe.toUpperCase(Locale.ROOT).contains("ENCODING:UTF-8")) {
      Matcher header = Pattern.compile("CHARSET:\\s*([A-Za-z0-9-]+)").matcher(probe);
      String name = header.find() ? header.group(1) : "1252";
      charset = name.equals("1252") ? charsetOr("windows-1252", StandardCharsets.ISO_8859_1)
          : name.equalsIgnoreCase("NONE") ? StandardCharsets.ISO_8859_1
          : charsetOr(name, StandardCharsets.ISO_8859_1);
    }
    String text = new String(content, charset);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static Charset charsetOr(String name, Charset fallback) {
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException unknown) {
      return fallback;
    }
  }

  static String unescape(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String entity = m.group(1);
      String replacement = switch (entity) {
        case "amp" -> "&";
        case "lt" -> "<";
        case "gt" -> ">";
        case "quot" -> "\"";
        case "apos" -> "'";
        case "nbsp" -> " ";
        default -> {
          int code = entity.startsWith("#x") ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1));
          yield Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : "";
        }
      };
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static int count(String text, int from, int to) {
    int lines = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }
}

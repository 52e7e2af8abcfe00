package com.duskspendr.transactions.imports.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into CSV records per RFC 4180: fields separated by the delimiter, optionally quoted; a quoted
 * field may hold delimiters, line breaks and doubled quotes ({@code ""} is one quote). Line breaks may be
 * CRLF, LF or CR. Lenient where banks are sloppy (an unquoted field may contain a quote), strict where the
 * meaning would be a guess (text after a closing quote, a quote never closed): such a record is reported as
 * malformed and reading goes on with the next line.
 *
 * <p>Our own reader rather than a library: it is about a hundred lines, it reports the physical line on
 * which each record starts (what the import answers for a bad line), it recovers from a malformed record
 * at the next line, and it caps field length, which is what a server reading untrusted uploads needs. It
 * adds no jar to package into the application.
 */
public final class CsvReader {

  /** One record: the line it starts on (1-based) and its fields, or why it could not be read. */
  public record Record(int line, List<String> fields, String malformed) {

    public boolean isBlank() {
      return malformed == null && fields.size() == 1 && fields.get(0).isBlank();
    }
  }

  private final String text;
  private final char delimiter;
  private final int maxFieldLength;
  private int pos;
  private int line = 1;

  public CsvReader(String text, char delimiter, int maxFieldLength) {
    this.text = text;
    this.delimiter = delimiter;
    this.maxFieldLength = maxFieldLength;
  }

  /** The next record, or null at the end of the text. */
  public Record next() {
    if (pos >= text.length()) {
      return null;
    }
    int startLine = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean afterClosingQuote = false;
    boolean fieldStart = true;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (quoted) {
        pos++;
        if (c == '"') {
          if (pos < text.length() && text.charAt(pos) == '"') {
            field.append('"');
            pos++;
          } else {
            quoted = false;
            afterClosingQuote = true;
          }
        } else {
          if (c == '\n' || (c == '\r' && !(pos < text.length() && text.charAt(pos) == '\n'))) {
            line++;
          }
          field.append(c);
        }
      } else if (c == delimiter) {
        pos++;
        fields.add(field.toString());
        field.setLength(0);
        afterClosingQuote = false;
        fieldStart = true;
        continue;
      } else if (c == '\r' || c == '\n') {
        endLine();
        fields.add(field.toString());
        return new Record(startLine, List.copyOf(fields), null);
      } else if (afterClosingQuote) {
        return skipRest(startLine, "has text after a closing quote");
      } else if (c == '"' && fieldStart) {
        pos++;
        quoted = true;
      } else {
        pos++;
        field.append(c);
      }
      fieldStart = false;
      if (field.length() > maxFieldLength) {
        return skipRest(startLine, "has a field longer than " + maxFieldLength + " characters");
      }
    }
    if (quoted) {
      return new Record(startLine, List.of(), "has a quote that is never closed");
    }
    fields.add(field.toString());
    return new Record(startLine, List.copyOf(fields), null);
  }

  /** Consumes one line break (CRLF counts as one). */
  private void endLine() {
    char c = text.charAt(pos++);
    if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
      pos++;
    }
    line++;
  }

  /** Gives up on a malformed record: recovery starts on the next physical line. */
  private Record skipRest(int startLine, String problem) {
    while (pos < text.length() && text.charAt(pos) != '\r' && text.charAt(pos) != '\n') {
      pos++;
    }
    if (pos < text.length()) {
      endLine();
    }
    return new Record(startLine, List.of(), problem);
  }
}

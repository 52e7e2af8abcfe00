package com.duskspendr.analytics.exports.control;

import com.duskspendr.analytics.reports.control.SpreadsheetSafe;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Builds the export zip entry by entry. CSV files are RFC 4180 and UTF-8; text cells go through {@link
 * SpreadsheetSafe} (a leading =, +, -, @, tab or CR gets an apostrophe), number and date cells do not, so
 * {@code transactions.csv} imports back through {@code POST /transactions/import} as it is.
 */
public final class ExportArchive implements AutoCloseable {

  /** The columns of transactions.csv: the import's usual names first. */
  public static final List<String> TRANSACTION_COLUMNS = List.of(
      "Date", "Amount", "Currency", "Merchant", "Description", "Transaction ID", "Category", "Source", "Notes",
      "Tags");

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8);
  private CSVPrinter csv;

  /** Starts a CSV entry with its header; {@link #row} adds to it until the next entry. */
  public void startCsv(String name, List<String> header) {
    try {
      finishEntry();
      zip.putNextEntry(new ZipEntry(name));
      Writer writer = new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
      csv = new CSVPrinter(writer, CSVFormat.RFC4180);
      csv.printRecord(header);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A row: {@link Cell#text} values are escaped against formulas, {@link Cell#value} ones are written as they are. */
  public void row(List<Cell> cells) {
    try {
      csv.printRecord(cells.stream().map(Cell::written).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void file(String name, byte[] content) {
    try {
      finishEntry();
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The finished zip. */
  public byte[] finish() {
    try {
      finishEntry();
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      zip.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void finishEntry() throws IOException {
    if (csv != null) {
      csv.flush();
      zip.closeEntry();
      csv = null;
    }
  }

  /** One cell: user text (escaped) or a value the server wrote (number, date, id, enum). */
  public record Cell(String content, boolean text) {
    public static Cell text(String content) {
      return new Cell(content, true);
    }

    public static Cell value(Object content) {
      return new Cell(content == null ? "" : content.toString(), false);
    }

    String written() {
      return text ? SpreadsheetSafe.cell(content) : content;
    }
  }

  /** Lets the CSV printer's writer be dropped without closing the zip under it. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(java.io.OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}

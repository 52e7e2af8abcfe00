package com.duskspendr.transactions.imports.control;

/**
 * Hard caps on one uploaded statement, so that a hostile or broken file costs bounded memory and time.
 *
 * @param maxBytes the file's size
 * @param maxLines transactions (CSV data rows, OFX {@code STMTTRN}s) in one file
 */
public record ImportLimits(long maxBytes, int maxLines) {

  public static final ImportLimits DEFAULT = new ImportLimits(5L * 1024 * 1024, 10_000);

  /** Longest text field kept (merchant, description); longer values are a line failure, not silently cut. */
  public static final int MAX_TEXT_LENGTH = 500;

  public static final int MAX_EXTERNAL_ID_LENGTH = 255;

  /** Longest raw CSV field read at all (a guard against a runaway quoted field). */
  static final int MAX_RAW_FIELD_LENGTH = 4096;
}

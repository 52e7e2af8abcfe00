package com.duskspendr.transactions.imports.boundary;

import java.util.Objects;

/**
 * An uploaded statement file.
 *
 * @param csv how to read it when it is CSV (its decimal separator and currency serve QIF too); its {@code
 *     defaultCurrency} may be null for the user's preferred currency
 * @param charset the {@code charset} parameter of the upload's content type, null when it had none: how a
 *     CSV or QIF file without a byte order mark is decoded (OFX and CAMT declare their own)
 * @param dateOrder for QIF: {@code MDY} (US) or {@code DMY}; null to decide from the file's dates
 */
public record StatementUpload(byte[] content, StatementFormat format, CsvOptions csv, String charset, String dateOrder) {

  public StatementUpload {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(csv, "csv");
  }

  public StatementUpload(byte[] content, StatementFormat format, CsvOptions csv) {
    this(content, format, csv, null, null);
  }
}

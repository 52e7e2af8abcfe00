package com.duskspendr.transactions.imports.boundary;

import java.util.Objects;

/**
 * An uploaded statement file.
 *
 * @param csv how to read it when it is CSV; its {@code defaultCurrency} may be null for the user's preferred currency
 */
public record StatementUpload(byte[] content, StatementFormat format, CsvOptions csv) {

  public StatementUpload {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(csv, "csv");
  }
}

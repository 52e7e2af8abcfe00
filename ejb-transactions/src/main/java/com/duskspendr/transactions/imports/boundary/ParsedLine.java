package com.duskspendr.transactions.imports.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One transaction read from a statement.
 *
 * @param line where it starts in the file (1-based; for OFX the line of its {@code <STMTTRN>})
 * @param amount signed: negative is money out
 * @param currency ISO 4217 code
 * @param merchant may be null
 * @param description may be null
 * @param externalId the bank's id for it (OFX {@code FITID}, a mapped CSV column), may be null
 */
public record ParsedLine(
    int line,
    LocalDate date,
    BigDecimal amount,
    String currency,
    String merchant,
    String description,
    String externalId) {

  public ParsedLine {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
  }
}

package com.duskspendr.transactions.imports.boundary;

/**
 * How to read a CSV statement. Every column is named as in the header row (case and surrounding spaces
 * ignored); a null column is looked up among the usual header names (see {@link CsvColumns}).
 *
 * @param dateFormat a {@link java.time.format.DateTimeFormatter} pattern such as {@code dd/MM/yyyy}; null
 *     for ISO ({@code 2024-03-31})
 * @param decimalSeparator {@code '.'} or {@code ','}
 * @param delimiter the field separator; null to take {@code ;} or tab when the header has it and no comma
 * @param debitColumn with {@code creditColumn}: money out and money in in two columns, instead of one signed amount
 * @param defaultCurrency ISO 4217 code for lines without a currency column
 */
public record CsvOptions(
    String dateColumn,
    String amountColumn,
    String debitColumn,
    String creditColumn,
    String merchantColumn,
    String descriptionColumn,
    String externalIdColumn,
    String currencyColumn,
    String dateFormat,
    char decimalSeparator,
    Character delimiter,
    String defaultCurrency) {

  public static CsvOptions defaults(String defaultCurrency) {
    return new CsvOptions(null, null, null, null, null, null, null, null, null, '.', null, defaultCurrency);
  }
}

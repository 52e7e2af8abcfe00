package com.duskspendr.transactions.imports.control;

import com.duskspendr.transactions.imports.boundary.CsvOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each value is in a CSV header: the columns the caller named, else the usual names banks use. The
 * result knows each column's index.
 */
record CsvColumns(
    int date, int amount, int debit, int credit, int merchant, int description, int externalId, int currency) {

  static final int ABSENT = -1;

  private static final List<String> DATE = List.of(
      "date", "transaction date", "posted date", "posting date", "booking date", "booked", "value date", "datum");
  private static final List<String> AMOUNT = List.of("amount", "transaction amount", "value", "amount (eur)", "betrag");
  private static final List<String> DEBIT = List.of("debit", "debit amount", "withdrawal", "withdrawals", "money out", "paid out", "out");
  private static final List<String> CREDIT = List.of("credit", "credit amount", "deposit", "deposits", "money in", "paid in", "in");
  private static final List<String> MERCHANT = List.of("merchant", "merchant name", "payee", "name", "counterparty", "beneficiary");
  private static final List<String> DESCRIPTION = List.of("description", "memo", "details", "narrative", "reference", "transaction details");
  private static final List<String> EXTERNAL_ID = List.of("id", "transaction id", "fitid", "reference number");
  private static final List<String> CURRENCY = List.of("currency", "ccy");

  static CsvColumns locate(List<String> header, CsvOptions options) {
    Map<String, Integer> byName = new HashMap<>();
    for (int i = header.size() - 1; i >= 0; i--) {
      byName.put(normalize(header.get(i)), i);
    }
    List<String> missing = new ArrayList<>();
    int date = column(byName, options.dateColumn(), "dateColumn", DATE, missing);
    int amount = column(byName, options.amountColumn(), "amountColumn", AMOUNT, missing);
    int debit = column(byName, options.debitColumn(), "debitColumn", DEBIT, missing);
    int credit = column(byName, options.creditColumn(), "creditColumn", CREDIT, missing);
    int merchant = column(byName, options.merchantColumn(), "merchantColumn", MERCHANT, missing);
    int description = column(byName, options.descriptionColumn(), "descriptionColumn", DESCRIPTION, missing);
    int externalId = column(byName, options.externalIdColumn(), "externalIdColumn", EXTERNAL_ID, missing);
    int currency = column(byName, options.currencyColumn(), "currencyColumn", CURRENCY, missing);
    if (!missing.isEmpty()) {
      throw new StatementException(missing.get(0), "names a column that is not in the header");
    }
    if (date == ABSENT) {
      throw new StatementException("dateColumn", "no date column found in the header; name it with dateColumn");
    }
    // A named amount column wins over guessed debit/credit ones, and a named pair over a guessed amount.
    boolean pairNamed = options.debitColumn() != null || options.creditColumn() != null;
    if (options.amountColumn() != null || (!pairNamed && amount != ABSENT)) {
      debit = ABSENT;
      credit = ABSENT;
    } else {
      amount = ABSENT;
    }
    if (amount == ABSENT && (debit == ABSENT || credit == ABSENT)) {
      throw new StatementException(
          "amountColumn", "no amount column (nor a debit and a credit column) found in the header; name it with amountColumn");
    }
    return new CsvColumns(date, amount, debit, credit, merchant, description, externalId, currency);
  }

  private static int column(
      Map<String, Integer> byName, String named, String option, List<String> usualNames, List<String> missing) {
    if (named != null) {
      Integer index = byName.get(normalize(named));
      if (index == null) {
        missing.add(option);
        return ABSENT;
      }
      return index;
    }
    for (String usual : usualNames) {
      Integer index = byName.get(usual);
      if (index != null) {
        return index;
      }
    }
    return ABSENT;
  }

  static String normalize(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}

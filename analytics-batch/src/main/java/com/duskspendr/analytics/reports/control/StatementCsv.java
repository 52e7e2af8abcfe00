package com.duskspendr.analytics.reports.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The statement as one RFC 4180 table: section, currency, label, amounts. UTF-8, cells escaped against formulas. */
public final class StatementCsv {

  public byte[] render(StatementData data) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord("section", "currency", "label", "spent", "income", "count");
      for (StatementData.CurrencyPart part : data.currencies()) {
        csv.printRecord("total", part.currency(), data.month().toString(), part.spent(), part.income(), part.count());
        for (StatementData.CategoryLine line : part.categories()) {
          csv.printRecord("category", part.currency(), SpreadsheetSafe.cell(line.name()), line.spent(), line.income(),
              line.count());
        }
        for (StatementData.MonthLine month : part.trend()) {
          csv.printRecord("month", part.currency(), month.month(), month.spent(), month.income(), "");
        }
        for (StatementData.TransactionLine line : part.largest()) {
          csv.printRecord("largest", part.currency(), SpreadsheetSafe.cell(line.date() + " " + line.merchant()),
              line.amount(), "", "");
        }
      }
      for (StatementData.BudgetLine budget : data.budgets()) {
        csv.printRecord("budget", budget.currency(), budget.categoryId(), budget.spent(), budget.limit(), "");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}

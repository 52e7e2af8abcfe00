package com.duskspendr.analytics.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Renders a statement and reads it back the way a person's PDF reader or spreadsheet would. */
class StatementRenderingTest {

  private static StatementData statement() {
    List<StatementData.MonthLine> trend = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      trend.add(new StatementData.MonthLine(YearMonth.of(2026, m).toString(), m * 10 + ".00", "3000.00"));
    }
    StatementData.CurrencyPart usd = new StatementData.CurrencyPart("USD", "812.40", "3000.00", "2187.60", 14, "26.21",
        List.of(new StatementData.CategoryLine("food_and_drink", "Food and drink", "512.40", "0.00", 9),
            new StatementData.CategoryLine("transportation", "Transportation", "300.00", "0.00", 4),
            new StatementData.CategoryLine("income", "Income", "0.00", "3000.00", 1)),
        trend,
        List.of(new StatementData.TransactionLine("2026-05-02", "=HYPERLINK(\"evil\")", "transportation", "-300.00"),
            new StatementData.TransactionLine("2026-05-09", "Market", "food_and_drink.groceries", "-120.10")));
    return new StatementData("Ana", YearMonth.of(2026, 5), List.of(usd),
        List.of(new StatementData.BudgetLine("food_and_drink", "USD", "2026-05-01", "2026-05-31", "600.00", "512.40")));
  }

  @Test
  void thePdfReadsAsAStatementWithItsChartsAsImages() throws Exception {
    byte[] pdf = new StatementPdf().render(statement());
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("DuskSpendr statement 2026-05"), text);
      assertTrue(text.contains("Spent 812.40"), text);
      assertTrue(text.contains("Largest transactions"), text);
      assertTrue(text.contains("Market"), text);
      assertTrue(text.contains("spent 512.40 of 600.00 USD"), text);
      int images = 0;
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
            assertTrue(image.getWidth() >= 400, "a chart, not an icon");
            images++;
          }
        }
      }
      assertEquals(2, images, "the category chart and the 12-month trend");
    }
  }

  @Test
  void theCsvIsRfc4180AndSafeInASpreadsheet() throws Exception {
    String csv = new String(new StatementCsv().render(statement()), StandardCharsets.UTF_8);
    List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
        .parse(new StringReader(csv)).getRecords();
    CSVRecord largest = records.stream().filter(r -> r.get("section").equals("largest")).findFirst().orElseThrow();
    assertEquals("2026-05-02 =HYPERLINK(\"evil\")", largest.get("label"), "the date first: no formula at the start");
    assertEquals("-300.00", largest.get("spent"), "amounts stay numbers");
    assertTrue(records.stream().anyMatch(r -> r.get("section").equals("budget")));
    assertEquals("'=1+1", SpreadsheetSafe.cell("=1+1"));
    assertEquals("'-cmd", SpreadsheetSafe.cell("-cmd"));
    assertEquals("'\tx", SpreadsheetSafe.cell("\tx"));
    assertEquals("Market", SpreadsheetSafe.cell("Market"));
  }

  @Test
  void theJsonCarriesExactAmounts() {
    String json = new String(new StatementJson().render(statement()), StandardCharsets.UTF_8);
    assertTrue(json.contains("\"spent\":\"812.40\""), json);
    assertTrue(json.contains("\"month\":\"2026-05\""), json);
  }
}

package com.duskspendr.transactions.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.transactions.imports.boundary.LineFailure;
import com.duskspendr.transactions.imports.boundary.ParsedLine;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * QIF as Quicken, banks and other finance tools export it. The sample files are ours, laid out like
 * Quicken's own exports and the QIF test statement of Odoo's bank-statement importer
 * (account_bank_statement_import_qif: US dates, grouped thousands, P payee lines), plus a French card
 * statement with day-first dates and CRLF line ends as European banks' exports have them.
 */
class QifStatementParserTest {

  private final QifStatementParser parser = new QifStatementParser(ImportLimits.DEFAULT);

  private static String sample(String name) throws IOException {
    try (InputStream in = QifStatementParserTest.class.getResourceAsStream("/imports/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aUsBankStatementWithApostropheYearsSplitsAndGroupedThousands() throws IOException {
    String file = sample("checking-us.qif");
    assertTrue(QifStatementParser.looksLikeQif(file));

    ParsedStatement parsed = parser.parse(file, "USD", null, '.');

    assertEquals(List.of(
        new ParsedLine(2, LocalDate.of(2024, 8, 12), new BigDecimal("-1000.00"), "USD", "Franks Plumbing & Heating",
            "Invoice 2024-117", null),
        new ParsedLine(9, LocalDate.of(2024, 8, 15), new BigDecimal("-75.46"), "USD", "Walgreens #9921", null, null),
        new ParsedLine(14, LocalDate.of(2024, 8, 16), new BigDecimal("2450.00"), "USD", "ACME CORP PAYROLL", "Salary August", null),
        new ParsedLine(21, LocalDate.of(2024, 8, 20), new BigDecimal("-421.35"), "USD", "SPRINGFIELD WATER UTILITY", null, null),
        new ParsedLine(29, LocalDate.of(2024, 8, 31), new BigDecimal("-0.000"), "USD", "INTEREST ADJUSTMENT", null, null),
        new ParsedLine(33, LocalDate.of(2024, 8, 31), new BigDecimal("-30.000"), "USD", "CITY OF SPRINGFIELD PARKING",
            "Meter 17, 2 hours", null)),
        parsed.lines());
    assertEquals(List.of(), parsed.failures());
  }

  @Test
  void dayFirstDatesAreDetectedFromADayAbove12AndAccentsAreKept() throws IOException {
    ParsedStatement parsed = parser.parse(sample("ccard-dayfirst.qif"), "EUR", null, '.');

    assertEquals(List.of(LocalDate.of(2024, 3, 25), LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 13)),
        parsed.lines().stream().map(ParsedLine::date).toList());
    assertEquals("Café Crème, Lyon", parsed.lines().get(0).merchant());
    assertEquals("Petit déjeuner", parsed.lines().get(0).description());
    assertEquals("Monoprix Saint-Étienne", parsed.lines().get(1).merchant());
    assertEquals(new BigDecimal("19.99"), parsed.lines().get(2).amount());
  }

  @Test
  void ambiguousDatesNeedTheCallersOrderAndThenFollowIt() {
    String file = "!Type:Bank\nD03/04/2024\nT-5.00\nPShop\n^\nD05/06'24\nT-6.00\nPShop\n^\n";

    StatementException refused = assertThrows(StatementException.class, () -> parser.parse(file, "EUR", null, '.'));
    assertEquals("dateOrder", refused.field());

    assertEquals(LocalDate.of(2024, 3, 4),
        parser.parse(file, "EUR", QifStatementParser.DateOrder.MONTH_FIRST, '.').lines().get(0).date());
    assertEquals(LocalDate.of(2024, 4, 3),
        parser.parse(file, "EUR", QifStatementParser.DateOrder.DAY_FIRST, '.').lines().get(0).date());
    assertEquals(LocalDate.of(2024, 5, 6),
        parser.parse(file, "EUR", QifStatementParser.DateOrder.MONTH_FIRST, '.').lines().get(1).date());
  }

  @Test
  void badRecordsAreReportedWithTheirLineAndOtherSectionsSkipped() {
    String file = """
        !Option:AutoSwitch
        !Account
        NChecking
        TBank
        ^
        !Type:Bank
        D13/31/2024
        T-1.00
        ^
        D2024-02-03
        Tlots
        ^
        D2024-02-04
        PNo amount
        ^
        D2024-02-05
        T-1.234,50
        PDecimal comma
        ^
        !Type:Cat
        NGroceries
        ^
        """;

    ParsedStatement parsed = parser.parse(file, "EUR", QifStatementParser.DateOrder.MONTH_FIRST, ',');

    assertEquals(List.of(new ParsedLine(16, LocalDate.of(2024, 2, 5), new BigDecimal("-1234.50"), "EUR", "Decimal comma",
        null, null)), parsed.lines());
    assertEquals(List.of(7, 10, 13), parsed.failures().stream().map(LineFailure::line).toList());
    assertTrue(parsed.failures().get(0).issue().contains("13/31/2024"));
  }

  @Test
  void aFileThatIsNotQifOrMixesDateOrdersIsRefused() {
    assertThrows(StatementException.class, () -> parser.parse("Date,Amount\n", "EUR", null, '.'));
    assertThrows(StatementException.class,
        () -> parser.parse("!Type:Bank\nD13/01/2024\nT-1\n^\nD01/13/2024\nT-1\n^\n", "EUR", null, '.'));
  }
}

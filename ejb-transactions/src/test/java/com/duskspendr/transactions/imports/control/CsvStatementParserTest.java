package com.duskspendr.transactions.imports.control;

import com.duskspendr.transactions.imports.boundary.CsvOptions;
import com.duskspendr.transactions.imports.boundary.LineFailure;
import com.duskspendr.transactions.imports.boundary.ParsedLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvStatementParserTest {

  private final CsvStatementParser parser = new CsvStatementParser(ImportLimits.DEFAULT);

  private static CsvOptions options(String dateFormat, char decimal) {
    return new CsvOptions(null, null, null, null, null, null, null, null, dateFormat, decimal, null, "USD");
  }

  @Test
  void detectsCommonHeadersAndReadsIsoDatesAndSignedAmounts() {
    String csv = """
        Date,Description,Amount,Transaction ID
        2024-03-01,"STARBUCKS #123, SEATTLE",-4.75,T1
        2024-03-02T08:30:00,Salary,"2,500.00",T2
        """;

    ParsedStatement parsed = parser.parse(csv, CsvOptions.defaults("EUR"));

    assertEquals(List.of(), parsed.failures());
    assertEquals(
        new ParsedLine(2, LocalDate.of(2024, 3, 1), new BigDecimal("-4.75"), "EUR",
            "STARBUCKS #123, SEATTLE", "STARBUCKS #123, SEATTLE", "T1"),
        parsed.lines().get(0));
    assertEquals(new BigDecimal("2500.00"), parsed.lines().get(1).amount());
    assertEquals(LocalDate.of(2024, 3, 2), parsed.lines().get(1).date());
  }

  @Test
  void explicitMappingDayFirstDatesAndDecimalCommaWithSemicolons() {
    String csv = """
        Buchungstag;Empfänger;Verwendungszweck;Betrag;Währung
        31/01/2024;REWE Markt;Einkauf;-1.234,56;eur
        01/02/2024;Arbeitgeber GmbH;Gehalt;3000,5;EUR
        """;
    CsvOptions mapping = new CsvOptions("buchungstag", "Betrag", null, null, "Empfänger", "Verwendungszweck",
        null, "Währung", "dd/MM/yyyy", ',', null, "USD");

    ParsedStatement parsed = parser.parse(csv, mapping);

    assertEquals(List.of(), parsed.failures());
    ParsedLine first = parsed.lines().get(0);
    assertEquals(LocalDate.of(2024, 1, 31), first.date());
    assertEquals(new BigDecimal("-1234.56"), first.amount());
    assertEquals("EUR", first.currency());
    assertEquals("REWE Markt", first.merchant());
    assertEquals("Einkauf", first.description());
    assertNull(first.externalId());
    assertEquals(new BigDecimal("3000.5"), parsed.lines().get(1).amount());
  }

  @Test
  void debitAndCreditColumnsInsteadOfAnAmount() {
    String csv = """
        Posted Date,Payee,Debit,Credit
        2024-05-01,Landlord,1200.00,
        2024-05-02,Refund Shop,,15.99
        2024-05-03,Odd Bank,-7.00,
        2024-05-04,Both,1.00,2.00
        2024-05-05,Neither,,
        """;

    ParsedStatement parsed = parser.parse(csv, CsvOptions.defaults("GBP"));

    assertEquals(List.of(new BigDecimal("-1200.00"), new BigDecimal("15.99"), new BigDecimal("-7.00")),
        parsed.lines().stream().map(ParsedLine::amount).toList());
    assertEquals(List.of(new LineFailure(5, "has both a debit and a credit"), new LineFailure(6, "has neither a debit nor a credit")),
        parsed.failures());
  }

  @Test
  void badLinesAreReportedWithTheirLineNumbersAndTheRestIsRead() {
    String csv = "date,amount,merchant\n"
        + "2024-01-01,-1.00,A\n"
        + "2024-02-30,-2.00,B\n"
        + "\n"
        + "2024-01-03,12,50,C\n"
        + "2024-01-04,abc,D\n"
        + "2024-01-05,\"-5.00\"x,E\n"
        + "2024-01-06,-6.00\n"
        + "2024-01-07,,G\n"
        + ",-8.00,H\n"
        + "2024-01-09,-9.00,\"multi\nline\"\n"
        + "2024-01-10,-10.00,J,,\n"
        + "2024-01-11,-11.00,XCD,KZ\n";

    ParsedStatement parsed = parser.parse(csv, CsvOptions.defaults("USD"));

    assertEquals(List.of(
            new LineFailure(3, "date '2024-02-30' does not match the date format"),
            new LineFailure(5, "has 4 fields; the header has 3"),
            new LineFailure(6, "amount 'abc' is not a number with decimal separator '.'"),
            new LineFailure(7, "the line has text after a closing quote"),
            new LineFailure(8, "has 2 fields; the header has 3"),
            new LineFailure(9, "has no amount"),
            new LineFailure(10, "has no date"),
            new LineFailure(14, "has 4 fields; the header has 3")),
        parsed.failures());
    assertEquals(List.of(2, 11, 13), parsed.lines().stream().map(ParsedLine::line).toList());
    assertEquals("multi\nline", parsed.lines().get(1).merchant());
  }

  @Test
  void decimalCommaInAPointFileIsAnErrorNotAHundredfoldAmount() {
    ParsedStatement parsed = parser.parse("date,amount\n2024-01-01,\"12,50\"\n", options(null, '.'));

    assertEquals(List.of(new LineFailure(2, "amount '12,50' is not a number with decimal separator '.'")), parsed.failures());
  }

  @Test
  void accountingNegativesTrailingMinusAndCurrencySigns() {
    String csv = "date,amount\n2024-01-01,(12.50)\n2024-01-02,7.25-\n2024-01-03,\"$1,000.00\"\n2024-01-04,+3\n";

    ParsedStatement parsed = parser.parse(csv, options(null, '.'));

    assertEquals(List.of(new BigDecimal("-12.50"), new BigDecimal("-7.25"), new BigDecimal("1000.00"), new BigDecimal("3")),
        parsed.lines().stream().map(ParsedLine::amount).toList());
  }

  @Test
  void otherDateFormats() {
    assertEquals(LocalDate.of(2024, 12, 31),
        parser.parse("date,amount\n12/31/2024,1\n", options("MM/dd/yyyy", '.')).lines().get(0).date());
    assertEquals(LocalDate.of(2024, 3, 5),
        parser.parse("date,amount\n05.03.2024,1\n", options("dd.MM.yyyy", '.')).lines().get(0).date());
    assertEquals(LocalDate.of(2024, 3, 5),
        parser.parse("date,amount\n20240305,1\n", options("yyyyMMdd", '.')).lines().get(0).date());
  }

  @Test
  void tabDelimitedIsDetected() {
    ParsedStatement parsed = parser.parse("date\tamount\tmerchant\n2024-01-01\t-3.10\tBakery, Main St\n", options(null, '.'));

    assertEquals("Bakery, Main St", parsed.lines().get(0).merchant());
  }

  @Test
  void wholeFileProblemsNameTheOptionAtFault() {
    assertEquals("dateColumn", assertThrows(StatementException.class,
        () -> parser.parse("when,amount\n2024-01-01,1\n", options(null, '.'))).field());
    assertEquals("amountColumn", assertThrows(StatementException.class,
        () -> parser.parse("date,what\n2024-01-01,1\n", options(null, '.'))).field());
    assertEquals("merchantColumn", assertThrows(StatementException.class,
        () -> parser.parse("date,amount\n", new CsvOptions(null, null, null, null, "shop", null, null, null, null, '.', null, "USD"))).field());
    assertEquals("dateFormat", assertThrows(StatementException.class,
        () -> parser.parse("date,amount\n", options("MM/yyyy", '.'))).field());
    assertEquals("dateFormat", assertThrows(StatementException.class,
        () -> parser.parse("date,amount\n", options("qq{", '.'))).field());
    assertEquals("file", assertThrows(StatementException.class, () -> parser.parse("\n\n", options(null, '.'))).field());
    assertEquals("currency", assertThrows(StatementException.class,
        () -> parser.parse("date,amount\n", CsvOptions.defaults("XYZ"))).field());
  }

  @Test
  void lineCapRejectsTheFile() {
    CsvStatementParser small = new CsvStatementParser(new ImportLimits(1024, 2));

    assertEquals(2, small.parse("date,amount\n2024-01-01,1\n2024-01-02,2\n", options(null, '.')).lines().size());
    StatementException tooMany = assertThrows(StatementException.class,
        () -> small.parse("date,amount\n2024-01-01,1\n2024-01-02,2\n2024-01-03,3\n", options(null, '.')));
    assertEquals("has more than 2 lines; split it", tooMany.issue());
  }
}

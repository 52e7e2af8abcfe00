package com.duskspendr.transactions.imports.control;

import com.duskspendr.transactions.imports.boundary.LineFailure;
import com.duskspendr.transactions.imports.boundary.ParsedLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfxStatementParserTest {

  private final OfxStatementParser parser = new OfxStatementParser(ImportLimits.DEFAULT);

  private static byte[] sample(String name) throws IOException {
    try (InputStream in = OfxStatementParserTest.class.getResourceAsStream("/imports/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void sgmlVersion1WithUnclosedElements() throws IOException {
    byte[] file = sample("checking-ofx1.ofx");
    assertTrue(OfxStatementParser.looksLikeOfx(file));

    ParsedStatement parsed = parser.parse(file, "GBP");

    assertEquals(List.of(
            new ParsedLine(39, LocalDate.of(2024, 3, 2), new BigDecimal("-4.75"), "USD", "STARBUCKS #123", "Coffee & bagel", "202403020001"),
            new ParsedLine(47, LocalDate.of(2024, 3, 15), new BigDecimal("2500.00"), "USD", "ACME CORP PAYROLL", null, "202403150001"),
            new ParsedLine(54, LocalDate.of(2024, 3, 20), new BigDecimal("-89.99"), "USD", "CITY POWER & LIGHT", "Electricity March", "202403200001"),
            new ParsedLine(75, LocalDate.of(2024, 3, 25), new BigDecimal("-60.00"), "EUR", "ATM WITHDRAWAL", null, "202403250001")),
        parsed.lines());
    assertEquals(List.of(
            new LineFailure(68, "DTPOSTED '2024-03-21' is not an OFX date"),
            new LineFailure(86, "has no TRNAMT")),
        parsed.failures());
  }

  @Test
  void xmlVersion2CreditCardStatement() throws IOException {
    byte[] file = sample("creditcard-ofx2.qfx");
    assertTrue(OfxStatementParser.looksLikeOfx(file));

    ParsedStatement parsed = parser.parse(file, "USD");

    assertEquals(3, parsed.lines().size());
    ParsedLine cafe = parsed.lines().get(0);
    assertEquals(new ParsedLine(22, LocalDate.of(2024, 5, 3), new BigDecimal("-42.10"), "EUR", "Café Müller", "Lunch <team>", "CC-2024-05-03-A"), cafe);
    assertNull(parsed.lines().get(1).description(), "an empty MEMO is no description");
    assertEquals(LocalDate.of(2024, 5, 10), parsed.lines().get(1).date());
    assertEquals("CC-2024-05-20-D", parsed.lines().get(2).externalId());
    assertEquals(List.of(new LineFailure(39, "TRNAMT 'minus five' is not a number")), parsed.failures());
  }

  @Test
  void sgmlWithoutClosingTransactionTagsAndAByteOrderMark() {
    String ofx = "\uFEFFOFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nENCODING:UTF-8\nCHARSET:NONE\n\n"
        + "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>CAD<BANKTRANLIST>\n"
        + "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240101<TRNAMT>-1.00<FITID>A<NAME>Première\n"
        + "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240102<TRNAMT>-2.00<FITID>B<NAME>Second\n"
        + "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n";
    byte[] file = ofx.getBytes(StandardCharsets.UTF_8);
    assertTrue(OfxStatementParser.looksLikeOfx(file));

    ParsedStatement parsed = parser.parse(file, "USD");

    assertEquals(List.of("Première", "Second"), parsed.lines().stream().map(ParsedLine::merchant).toList());
    assertEquals(List.of(8, 9), parsed.lines().stream().map(ParsedLine::line).toList());
    assertEquals(List.of("CAD", "CAD"), parsed.lines().stream().map(ParsedLine::currency).toList());
  }

  @Test
  void windows1252IsTheVersion1Default() {
    byte[] header = "OFXHEADER:100\nCHARSET:1252\n\n<OFX><STMTRS><CURDEF>EUR<BANKTRANLIST><STMTTRN><DTPOSTED>20240101<TRNAMT>-3<NAME>Caf"
        .getBytes(StandardCharsets.US_ASCII);
    byte[] file = new byte[header.length + 1 + "</STMTTRN></OFX>".length()];
    System.arraycopy(header, 0, file, 0, header.length);
    file[header.length] = (byte) 0xE9; // é in code page 1252
    byte[] tail = "</STMTTRN></OFX>".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(tail, 0, file, header.length + 1, tail.length);

    assertEquals("Café", parser.parse(file, "USD").lines().get(0).merchant());
  }

  @Test
  void anIso88591QfxKeepsItsAccentsAndEntitiesAndExtraZeroDigits() {
    String qfx = "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nENCODING:USASCII\nCHARSET:8859-1\n\n"
        + "<OFX><CREDITCARDMSGSRSV1><CCSTMTTRNRS><CCSTMTRS><CURDEF>EUR<BANKTRANLIST>"
        + "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240402<TRNAMT>-30.000<FITID>Q1<NAME>Crêperie Élysée &amp; Fils"
        + "<MEMO>Crêpe &#233;t&#xE9;</STMTTRN></BANKTRANLIST></CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>";

    ParsedLine line = parser.parse(qfx.getBytes(StandardCharsets.ISO_8859_1), "USD").lines().get(0);

    assertEquals("Crêperie Élysée & Fils", line.merchant());
    assertEquals("Crêpe été", line.description());
    assertEquals(0, new BigDecimal("-30.00").compareTo(line.amount()));
  }

  @Test
  void transactionCapRejectsTheFile() {
    OfxStatementParser small = new OfxStatementParser(new ImportLimits(1024, 1));
    byte[] two = "<OFX><STMTTRN><DTPOSTED>20240101<TRNAMT>1</STMTTRN><STMTTRN><DTPOSTED>20240101<TRNAMT>2</STMTTRN></OFX>"
        .getBytes(StandardCharsets.US_ASCII);

    assertEquals("file", assertThrows(StatementException.class, () -> small.parse(two, "USD")).field());
  }

  @Test
  void csvIsNotOfxAndGarbageIsRejected() {
    assertFalse(OfxStatementParser.looksLikeOfx("date,amount\n".getBytes(StandardCharsets.UTF_8)));
    assertThrows(StatementException.class, () -> parser.parse("<html></html>".getBytes(StandardCharsets.UTF_8), "USD"));
  }
}

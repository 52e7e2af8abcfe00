package com.duskspendr.transactions.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * ISO 20022 CAMT.053. The samples are ours, written after the message definitions of versions 001.02
 * (what German and Swiss banks have exported for years) and 001.08 (party names under {@code Pty}, status as
 * {@code Sts/Cd}), with the entry kinds importers of other finance tools test with: a card payment, a
 * salary, a batch booked as one entry, a pending entry.
 */
class CamtStatementParserTest {

  private final CamtStatementParser parser = new CamtStatementParser(ImportLimits.DEFAULT);

  private static byte[] sample(String name) throws IOException {
    try (InputStream in = CamtStatementParserTest.class.getResourceAsStream("/imports/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void version2EntriesWithCounterpartyRemittanceAndReference() throws IOException {
    byte[] file = sample("camt053-v02.xml");
    assertTrue(CamtStatementParser.looksLikeCamt(file));
    assertFalse(OfxStatementParser.looksLikeOfx(file));

    ParsedStatement parsed = parser.parse(file);

    assertEquals(List.of(
        new ParsedLine(1, LocalDate.of(2024, 3, 28), new BigDecimal("-23.47"), "EUR", "REWE Markt GmbH Köln-Süd",
            "KARTENZAHLUNG 27.03 18:42 Girocard 0815 Filiale 4711", "2024032800001234"),
        new ParsedLine(2, LocalDate.of(2024, 3, 28), new BigDecimal("3100.00"), "EUR", "Muster Maschinenbau AG",
            "LOHN/GEHALT 03/2024", "2024032800001235"),
        new ParsedLine(3, LocalDate.of(2024, 3, 28), new BigDecimal("-150.00"), "EUR", "Stadtwerke München",
            "SAMMLER 2 POSTEN", "2024032800001236")),
        parsed.lines(), "the pending entry is not booked yet");
    assertEquals(List.of(), parsed.failures());
  }

  @Test
  void version8PartiesUnderPtyAndABadAmountReported() throws IOException {
    ParsedStatement parsed = parser.parse(sample("camt053-v08.xml"));

    assertEquals(List.of(
        new ParsedLine(1, LocalDate.of(2024, 4, 1), new BigDecimal("-68.40"), "CHF", "Migros Genossenschaft Zürich",
            "Einkauf Filiale Oerlikon", "ZKB-20240401-77"),
        new ParsedLine(2, LocalDate.of(2024, 4, 1), new BigDecimal("12.5000"), "CHF", "Twint Rückzahlung", null, "REF-2")),
        parsed.lines());
    assertEquals(List.of(3), parsed.failures().stream().map(LineFailure::line).toList());
  }

  @Test
  void hostileOrForeignXmlIsRefusedAsAWhole() {
    String entityBomb = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<Document><BkToCstmrStmt><Stmt><Ntry><Amt Ccy=\"EUR\">&x;</Amt></Ntry></Stmt></BkToCstmrStmt></Document>";
    StatementException doctype = assertThrows(StatementException.class,
        () -> parser.parse(entityBomb.getBytes(StandardCharsets.UTF_8)));
    assertEquals("file", doctype.field());
    assertThrows(StatementException.class, () -> parser.parse("<Document><Other/></Document>".getBytes(StandardCharsets.UTF_8)));
    assertThrows(StatementException.class, () -> parser.parse("<Document><BkToCstmrStmt>".getBytes(StandardCharsets.UTF_8)));
  }
}

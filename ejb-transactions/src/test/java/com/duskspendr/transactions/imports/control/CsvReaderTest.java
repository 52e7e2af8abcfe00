package com.duskspendr.transactions.imports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  private static List<CsvReader.Record> read(String text) {
    CsvReader reader = new CsvReader(text, ',', 100);
    List<CsvReader.Record> records = new ArrayList<>();
    for (CsvReader.Record r = reader.next(); r != null; r = reader.next()) {
      records.add(r);
    }
    return records;
  }

  @Test
  void quotedFieldsHoldDelimitersEscapedQuotesAndLineBreaks() {
    List<CsvReader.Record> records = read("a,b,c\r\n\"Smith, J\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nx,,z");

    assertEquals(List.of("a", "b", "c"), records.get(0).fields());
    assertEquals(List.of("Smith, J", "say \"hi\"", "two\nlines"), records.get(1).fields());
    assertEquals(2, records.get(1).line());
    assertEquals(List.of("x", "", "z"), records.get(2).fields());
    assertEquals(4, records.get(2).line(), "the quoted line break counts as a line");
  }

  @Test
  void handlesLfCrAndMissingFinalLineBreak() {
    List<CsvReader.Record> records = read("a\nb\rc");

    assertEquals(3, records.size());
    assertEquals(3, records.get(2).line());
    assertEquals(List.of("c"), records.get(2).fields());
  }

  @Test
  void textAfterClosingQuoteIsMalformedAndReadingGoesOn() {
    List<CsvReader.Record> records = read("\"a\"b,c\nd,e");

    assertEquals("has text after a closing quote", records.get(0).malformed());
    assertEquals(List.of("d", "e"), records.get(1).fields());
    assertEquals(2, records.get(1).line());
  }

  @Test
  void quoteInsideAnUnquotedFieldIsKept() {
    assertEquals(List.of("5\" screen", "x"), read("5\" screen,x").get(0).fields());
  }

  @Test
  void unclosedQuoteIsMalformed() {
    List<CsvReader.Record> records = read("ok\n\"never closed,1\n2");

    assertNull(records.get(0).malformed());
    assertEquals("has a quote that is never closed", records.get(1).malformed());
    assertEquals(2, records.get(1).line());
  }

  @Test
  void overlongFieldIsMalformed() {
    List<CsvReader.Record> records = read("x".repeat(101) + ",1\nnext");

    assertEquals("has a field longer than 100 characters", records.get(0).malformed());
    assertEquals(List.of("next"), records.get(1).fields());
  }
}

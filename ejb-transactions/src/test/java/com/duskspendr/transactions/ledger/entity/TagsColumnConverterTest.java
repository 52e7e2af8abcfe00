package com.duskspendr.transactions.ledger.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagsColumnConverterTest {

  private final TagsColumnConverter converter = new TagsColumnConverter();

  @Test
  void writesQuotedLiteralsThatReadBack() {
    List<String> tags = List.of("plain", "with space", "quote\"d", "back\\slash", "comma,{brace}", "NULL", "");
    String literal = (String) converter.convertToDatabaseColumn(tags);
    assertEquals("{\"plain\",\"with space\",\"quote\\\"d\",\"back\\\\slash\",\"comma,{brace}\",\"NULL\",\"\"}", literal);
    assertEquals(tags, converter.convertToEntityAttribute(literal));
  }

  @Test
  void readsWhatPostgresWrites() {
    assertEquals(List.of(), converter.convertToEntityAttribute("{}"));
    assertEquals(List.of("a", "b c", "d"), converter.convertToEntityAttribute("{a,\"b c\",d}"));
    assertEquals(List.of("x", "y"), converter.convertToEntityAttribute(new String[] {"x", "y"}));
    assertEquals(List.of(), converter.convertToEntityAttribute(null));
    assertEquals("{}", converter.convertToDatabaseColumn(null));
  }
}

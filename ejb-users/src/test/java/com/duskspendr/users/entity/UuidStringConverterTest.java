package com.duskspendr.users.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidStringConverterTest {

  private final UuidStringConverter converter = new UuidStringConverter();

  @Test
  void roundTripsThroughTheCanonicalTextForm() {
    UUID id = UUID.fromString("3f1c2b9e-8a4d-4e55-9b1a-0c2d3e4f5a6b");
    assertEquals("3f1c2b9e-8a4d-4e55-9b1a-0c2d3e4f5a6b", converter.convertToDatabaseColumn(id));
    assertEquals(id, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(id)));
  }

  @Test
  void readsTheUpperCaseFormToo() {
    UUID id = UUID.randomUUID();
    assertEquals(id, converter.convertToEntityAttribute(id.toString().toUpperCase()));
  }

  @Test
  void keepsNullsNull() {
    assertNull(converter.convertToDatabaseColumn(null));
    assertNull(converter.convertToEntityAttribute(null));
  }
}

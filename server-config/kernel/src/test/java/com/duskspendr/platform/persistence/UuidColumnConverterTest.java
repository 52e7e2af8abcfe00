package com.duskspendr.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidColumnConverterTest {

  private final UuidColumnConverter converter = new UuidColumnConverter();
  private final UUID id = UUID.fromString("3f1c2b9e-8a4d-4e55-9b1a-0c2d3e4f5a6b");

  @Test
  void writesTheCanonicalTextForm() {
    assertEquals("3f1c2b9e-8a4d-4e55-9b1a-0c2d3e4f5a6b", converter.convertToDatabaseColumn(id));
  }

  @Test
  void readsTheUuidObjectThePostgresDriverReturns() {
    assertEquals(id, converter.convertToEntityAttribute(id));
  }

  @Test
  void readsTheTextFormInAnyCase() {
    assertEquals(id, converter.convertToEntityAttribute(id.toString()));
    assertEquals(id, converter.convertToEntityAttribute(id.toString().toUpperCase()));
  }

  @Test
  void keepsNullsNull() {
    assertNull(converter.convertToDatabaseColumn(null));
    assertNull(converter.convertToEntityAttribute(null));
  }
}

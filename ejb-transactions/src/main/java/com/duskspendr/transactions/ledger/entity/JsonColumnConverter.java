package com.duskspendr.transactions.ledger.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Maps JSON text to a PostgreSQL {@code jsonb} column. Writing binds text, which the datasource's {@code
 * stringtype=unspecified} lets PostgreSQL cast to jsonb; reading, the driver hands over its own JSON object
 * type, whose text form is the document.
 */
@Converter
public class JsonColumnConverter implements AttributeConverter<String, Object> {

  @Override
  public Object convertToDatabaseColumn(String json) {
    return json;
  }

  @Override
  public String convertToEntityAttribute(Object column) {
    return column == null ? null : column.toString();
  }
}

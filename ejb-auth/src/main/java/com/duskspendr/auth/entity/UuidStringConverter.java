package com.duskspendr.auth.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * Binds a {@link UUID} as its text form. EclipseLink 4 has no UUID type of its own and would serialize it
 * to bytea; as text, and with the datasource's {@code stringtype=unspecified}, PostgreSQL casts the value
 * to its {@code uuid} column type itself. Applied explicitly with {@code @Convert}, also on ids, which JPA
 * does not convert automatically.
 *
 * <p>The users context has its own copy on purpose: contexts share no persistence classes.
 */
@Converter
public class UuidStringConverter implements AttributeConverter<UUID, String> {

  @Override
  public String convertToDatabaseColumn(UUID attribute) {
    return attribute == null ? null : attribute.toString();
  }

  @Override
  public UUID convertToEntityAttribute(String dbData) {
    return dbData == null ? null : UUID.fromString(dbData);
  }
}

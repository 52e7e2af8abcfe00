package com.duskspendr.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * Maps a {@link UUID} attribute to a PostgreSQL {@code uuid} column. Published by auth beside {@link
 * AccountId} because every context keys its per-user rows by the account's UUID; one converter serves them
 * all. EclipseLink 4 has no UUID type of
 * its own and would serialize the object to bytea.
 *
 * <p>Writing: the value is bound as text; with the datasource's {@code stringtype=unspecified} PostgreSQL
 * casts it to {@code uuid} itself. Reading: the PostgreSQL driver returns a {@code uuid} column as a
 * {@link UUID} object, whatever type the converter declares, which is why the database side is declared
 * as {@link Object} and both forms are accepted (a converter declared {@code <UUID, String>} fails on
 * every read with a ClassCastException).
 *
 * <p>Applied explicitly with {@code @Convert}: the JPA specification does not apply converters to id
 * attributes automatically, but EclipseLink honours an explicit {@code @Convert} on an {@code @Id}.
 */
@Converter
public class UuidColumnConverter implements AttributeConverter<UUID, Object> {

  @Override
  public Object convertToDatabaseColumn(UUID attribute) {
    return attribute == null ? null : attribute.toString();
  }

  @Override
  public UUID convertToEntityAttribute(Object dbData) {
    if (dbData == null || dbData instanceof UUID) {
      return (UUID) dbData;
    }
    return UUID.fromString(dbData.toString());
  }
}

package com.duskspendr.transactions.ledger.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps a list of strings to a PostgreSQL {@code text[]} column. EclipseLink has no array mapping of its own.
 *
 * <p>Writing: the value is an array literal ({@code {"a","b"}}) bound as text; with the datasource's
 * {@code stringtype=unspecified} PostgreSQL casts it to {@code text[]} itself. Reading: the driver hands over
 * a {@link java.sql.Array} (or, through some paths, an already unpacked array), so the database side is
 * declared as {@link Object}.
 */
@Converter
public class TagsColumnConverter implements AttributeConverter<List<String>, Object> {

  @Override
  public Object convertToDatabaseColumn(List<String> tags) {
    return literal(tags == null ? List.of() : tags);
  }

  @Override
  public List<String> convertToEntityAttribute(Object column) {
    try {
      Object value = column instanceof Array array ? array.getArray() : column;
      if (value == null) {
        return List.of();
      }
      if (value instanceof Object[] elements) {
        return List.copyOf(Arrays.stream(elements).map(String::valueOf).toList());
      }
      if (value instanceof String text) {
        return parse(text);
      }
      throw new IllegalArgumentException("Not a text array: " + value.getClass().getName());
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read a text[] column", e);
    }
  }

  /** A PostgreSQL array literal with every element double-quoted, so no content can break out of it. */
  public static String literal(List<String> elements) {
    StringBuilder literal = new StringBuilder("{");
    for (int i = 0; i < elements.size(); i++) {
      if (i > 0) {
        literal.append(',');
      }
      literal.append('"');
      for (char c : elements.get(i).toCharArray()) {
        if (c == '"' || c == '\\') {
          literal.append('\\');
        }
        literal.append(c);
      }
      literal.append('"');
    }
    return literal.append('}').toString();
  }

  /** Parses the literal form PostgreSQL writes for a one-dimensional text[] (quoted elements when needed). */
  static List<String> parse(String literal) {
    String body = literal.strip();
    if (body.length() < 2 || body.charAt(0) != '{' || body.charAt(body.length() - 1) != '}') {
      throw new IllegalArgumentException("Not an array literal");
    }
    List<String> elements = new ArrayList<>();
    int i = 1;
    int end = body.length() - 1;
    while (i < end) {
      StringBuilder element = new StringBuilder();
      if (body.charAt(i) == '"') {
        i++;
        while (body.charAt(i) != '"') {
          if (body.charAt(i) == '\\') {
            i++;
          }
          element.append(body.charAt(i++));
        }
        i++;
      } else {
        while (i < end && body.charAt(i) != ',') {
          element.append(body.charAt(i++));
        }
      }
      elements.add(element.toString());
      i++; // the comma
    }
    return List.copyOf(elements);
  }
}

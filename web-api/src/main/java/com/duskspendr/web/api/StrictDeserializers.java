package com.duskspendr.web.api;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Yasson converts leniently ({@code "push": "yes"} becomes {@code false}, {@code "email": 5} becomes
 * {@code "5"}); a finance API should refuse a wrong type rather than guess. These replace the built-in
 * conversions for the types our request records use.
 */
final class StrictDeserializers {

  private StrictDeserializers() {}

  static final class Strings implements JsonbDeserializer<String> {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      if (value.getValueType() == JsonValue.ValueType.NULL) {
        return null;
      }
      if (value instanceof JsonString string) {
        return string.getString();
      }
      throw new JsonTypeMismatchException("must be a string");
    }
  }

  static final class Booleans implements JsonbDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      return switch (value.getValueType()) {
        case NULL -> null;
        case TRUE -> Boolean.TRUE;
        case FALSE -> Boolean.FALSE;
        default -> throw new JsonTypeMismatchException("must be true or false");
      };
    }
  }
}

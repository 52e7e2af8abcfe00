package com.duskspendr.web.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Yasson converts leniently ({@code "push": "yes"} becomes {@code false}, {@code "email": 5} becomes
 * {@code "5"}, {@code "baseVersion": "3"} becomes 3, the amount {@code "٣"} becomes 3 because {@code
 * BigDecimal} reads any Unicode digit); a finance API should refuse a wrong type rather than guess. These
 * replace the built-in conversions for the types our request records use.
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

  /** An exact decimal as a JSON number or a string of ASCII digits ({@code "-12.50"}, {@code "1e3"}). */
  static final class Decimals implements JsonbDeserializer<BigDecimal> {

    private static final Pattern ASCII_DECIMAL =
        Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]{1,4})?");

    static final String NOT_A_DECIMAL = "must be a decimal number (ASCII digits)";

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      if (value.getValueType() == JsonValue.ValueType.NULL) {
        return null;
      }
      if (value instanceof JsonNumber number) {
        return number.bigDecimalValue();
      }
      if (value instanceof JsonString string && ASCII_DECIMAL.matcher(string.getString().strip()).matches()) {
        return new BigDecimal(string.getString().strip());
      }
      throw new JsonTypeMismatchException(NOT_A_DECIMAL);
    }
  }

  /** Versions, counts, priorities: JSON integers only, never a string or a fraction. */
  static final class Longs implements JsonbDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return integral(parser.getValue(), Long.MIN_VALUE, Long.MAX_VALUE);
    }
  }

  static final class Integers implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
      Long value = integral(parser.getValue(), Integer.MIN_VALUE, Integer.MAX_VALUE);
      return value == null ? null : value.intValue();
    }
  }

  private static Long integral(JsonValue value, long min, long max) {
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(value instanceof JsonNumber number)) {
      throw new JsonTypeMismatchException("must be a whole number");
    }
    try {
      BigDecimal exact = number.bigDecimalValue();
      long whole = exact.longValueExact();
      if (whole < min || whole > max) {
        throw new JsonTypeMismatchException("must be between " + min + " and " + max);
      }
      return whole;
    } catch (ArithmeticException notWhole) {
      throw new JsonTypeMismatchException("must be a whole number between " + min + " and " + max);
    }
  }
}

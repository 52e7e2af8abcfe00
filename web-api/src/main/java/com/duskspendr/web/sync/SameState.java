package com.duskspendr.web.sync;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Whether pushed data already is the server's state: every field the client sent has the same value in
 * the server's representation. Numbers compare by value and a decimal string equals the same number
 * ({@code "12.50"} equals {@code 12.5} and {@code "12.5"}), because money is accepted as either and always answered as a
 * string. Fields the client did not send (server fields such as {@code createdAt}) do not matter.
 */
final class SameState {

  private static final java.util.regex.Pattern PLAIN_DECIMAL = java.util.regex.Pattern.compile("[+-]?[0-9]{1,30}(\\.[0-9]{1,30})?");

  private SameState() {}

  static boolean alreadyHolds(JsonObject current, JsonObject pushed) {
    for (Map.Entry<String, JsonValue> field : pushed.entrySet()) {
      JsonValue value = current.getOrDefault(field.getKey(), JsonValue.NULL);
      if (!same(value, field.getValue())) {
        return false;
      }
    }
    return true;
  }

  private static boolean same(JsonValue server, JsonValue pushed) {
    BigDecimal serverNumber = number(server);
    BigDecimal pushedNumber = number(pushed);
    if (serverNumber != null && pushedNumber != null) {
      return serverNumber.compareTo(pushedNumber) == 0;
    }
    if (server instanceof JsonObject serverObject && pushed instanceof JsonObject pushedObject) {
      return alreadyHolds(serverObject, pushedObject);
    }
    if (server instanceof JsonArray serverArray && pushed instanceof JsonArray pushedArray) {
      if (serverArray.size() != pushedArray.size()) {
        return false;
      }
      for (int i = 0; i < serverArray.size(); i++) {
        if (!same(serverArray.get(i), pushedArray.get(i))) {
          return false;
        }
      }
      return true;
    }
    return server.equals(pushed);
  }

  private static BigDecimal number(JsonValue value) {
    if (value instanceof JsonNumber number) {
      return number.bigDecimalValue();
    }
    // Only plain decimals: a text field such as a merchant named "1e3" is compared as text.
    if (value instanceof JsonString string && PLAIN_DECIMAL.matcher(string.getString()).matches()) {
      return new BigDecimal(string.getString());
    }
    return null;
  }
}

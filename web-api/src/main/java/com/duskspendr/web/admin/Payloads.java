package com.duskspendr.web.admin;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;

/**
 * A message body as an admin may see it: its shape without its data. JSON keeps its keys and nesting, each value
 * replaced by its type (and a string's length), so ops can tell a malformed event from a good one without reading
 * anyone's merchant names or amounts; anything else shows only its length.
 */
final class Payloads {

  private Payloads() {}

  static String redacted(String body) {
    if (body == null) {
      return null;
    }
    try {
      return redact(Json.createReader(new StringReader(body)).readValue()).toString();
    } catch (jakarta.json.JsonException notJson) {
      return "<" + body.length() + " characters, not JSON>";
    }
  }

  private static JsonValue redact(JsonValue value) {
    return switch (value.getValueType()) {
      case OBJECT -> {
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (Map.Entry<String, JsonValue> entry : ((JsonObject) value).entrySet()) {
          object.add(entry.getKey(), redact(entry.getValue()));
        }
        yield object.build();
      }
      case ARRAY -> {
        JsonArrayBuilder array = Json.createArrayBuilder();
        ((JsonArray) value).forEach(item -> array.add(redact(item)));
        yield array.build();
      }
      case STRING -> Json.createValue("<string " + ((jakarta.json.JsonString) value).getString().length() + ">");
      case NUMBER -> Json.createValue("<number>");
      case TRUE, FALSE -> Json.createValue("<boolean>");
      case NULL -> JsonValue.NULL;
    };
  }
}

package com.duskspendr.transactions.ledger.control;

import com.duskspendr.transactions.ledger.boundary.Suggestion;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.List;

/** The stored form of a pending transaction's suggestions: {@code [{"categoryId", "confidence"}, ...]}. */
public final class SuggestionsJson {

  /**
   * Looked up once: each {@code Json.create...} call looks the provider up again, and a listed page reads
   * the suggestions of every pending row on it. Parsson's provider is thread-safe.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  private SuggestionsJson() {}

  /** Null for no suggestions, so that the column stays empty. */
  public static String write(List<Suggestion> suggestions) {
    if (suggestions == null || suggestions.isEmpty()) {
      return null;
    }
    JsonArrayBuilder array = JSON.createArrayBuilder();
    for (Suggestion s : suggestions) {
      array.add(JSON.createObjectBuilder().add("categoryId", s.categoryId()).add("confidence", s.confidence()));
    }
    return array.build().toString();
  }

  public static List<Suggestion> read(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      JsonArray array = reader.readArray();
      return array.stream()
          .filter(value -> value.getValueType() == JsonValue.ValueType.OBJECT)
          .map(JsonValue::asJsonObject)
          .map(SuggestionsJson::suggestion)
          .toList();
    }
  }

  private static Suggestion suggestion(JsonObject o) {
    return new Suggestion(o.getString("categoryId"), o.getJsonNumber("confidence").bigDecimalValue());
  }
}

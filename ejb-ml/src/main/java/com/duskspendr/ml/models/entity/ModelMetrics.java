package com.duskspendr.ml.models.entity;

import com.duskspendr.ml.classifier.control.EvaluationReport;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;

/**
 * How a model scored on the held-out seed split, as stored with it ({@code metrics} JSONB) and shown by the
 * API: the number of examples, primary and subcategory accuracy, macro-F1.
 */
public record ModelMetrics(int size, double primaryAccuracy, double subcategoryAccuracy, double macroF1) {

  public static ModelMetrics of(EvaluationReport report) {
    return new ModelMetrics(
        report.size(), report.primaryAccuracy(), report.subcategoryAccuracy(), report.macroF1());
  }

  public String toJson() {
    return Json.createObjectBuilder()
        .add("size", size)
        .add("primaryAccuracy", primaryAccuracy)
        .add("subcategoryAccuracy", subcategoryAccuracy)
        .add("macroF1", macroF1)
        .build()
        .toString();
  }

  public static ModelMetrics fromJson(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonObject o = reader.readObject();
      return new ModelMetrics(
          o.getInt("size", 0),
          number(o, "primaryAccuracy"),
          number(o, "subcategoryAccuracy"),
          number(o, "macroF1"));
    }
  }

  private static double number(JsonObject o, String name) {
    return o.containsKey(name) && !o.isNull(name) ? o.getJsonNumber(name).doubleValue() : 0.0;
  }
}

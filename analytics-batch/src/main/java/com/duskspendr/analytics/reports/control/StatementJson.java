package com.duskspendr.analytics.reports.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;

/** The statement as JSON, amounts as exact decimal strings as in the API. */
public final class StatementJson {

  public byte[] render(StatementData data) {
    JsonArrayBuilder currencies = Json.createArrayBuilder();
    for (StatementData.CurrencyPart part : data.currencies()) {
      JsonArrayBuilder categories = Json.createArrayBuilder();
      part.categories().forEach(c -> categories.add(Json.createObjectBuilder().add("categoryId", c.categoryId())
          .add("name", c.name()).add("spent", c.spent()).add("income", c.income()).add("count", c.count())));
      JsonArrayBuilder trend = Json.createArrayBuilder();
      part.trend().forEach(m -> trend.add(
          Json.createObjectBuilder().add("month", m.month()).add("spent", m.spent()).add("income", m.income())));
      JsonArrayBuilder largest = Json.createArrayBuilder();
      part.largest().forEach(t -> {
        JsonObjectBuilder line = Json.createObjectBuilder().add("date", t.date()).add("amount", t.amount())
            .add("merchant", t.merchant() == null ? "" : t.merchant());
        if (t.categoryId() != null) {
          line.add("categoryId", t.categoryId());
        }
        largest.add(line);
      });
      currencies.add(Json.createObjectBuilder().add("currency", part.currency()).add("spent", part.spent())
          .add("income", part.income()).add("net", part.net()).add("count", part.count())
          .add("dailyAverage", part.dailyAverage()).add("categories", categories).add("trend", trend)
          .add("largestTransactions", largest));
    }
    JsonArrayBuilder budgets = Json.createArrayBuilder();
    data.budgets().forEach(b -> budgets.add(Json.createObjectBuilder().add("categoryId", b.categoryId())
        .add("currency", b.currency()).add("periodStart", b.periodStart()).add("periodEnd", b.periodEnd())
        .add("limit", b.limit()).add("spent", b.spent())));
    return Json.createObjectBuilder().add("month", data.month().toString()).add("currencies", currencies)
        .add("budgets", budgets).build().toString().getBytes(StandardCharsets.UTF_8);
  }
}

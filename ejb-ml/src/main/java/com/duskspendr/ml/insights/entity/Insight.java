package com.duskspendr.ml.insights.entity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One finding, with the numbers behind it.
 *
 * @param currency the currency all amounts in {@code facts} are in (insights never mix currencies)
 * @param facts named numbers, in a stable order: money as exact decimal strings with the currency's minor
 *     digits, percentages and scores as decimals, counts as integers, dates as ISO strings
 */
public record Insight(
    InsightType type,
    Severity severity,
    String title,
    String message,
    String currency,
    Map<String, Object> facts,
    InsightPeriod period) {

  public Insight {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(period, "period");
    facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
  }
}

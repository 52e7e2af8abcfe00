package com.duskspendr.ml.insights.control;

import com.duskspendr.ml.insights.entity.InsightType;
import com.duskspendr.transactions.ledger.boundary.HistoryEntry;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A transaction found unusual, why ({@code kind}), and the numbers behind it. */
public record Anomaly(InsightType kind, HistoryEntry transaction, String title, String message, Map<String, Object> facts) {

  public Anomaly {
    facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
  }
}

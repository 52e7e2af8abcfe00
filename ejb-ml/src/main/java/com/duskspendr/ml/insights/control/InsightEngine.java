package com.duskspendr.ml.insights.control;

import com.duskspendr.ml.insights.entity.Insight;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs every detector and orders the findings: by currency (the user's main currency first), then the most
 * urgent severity first, then by type, keeping each detector's own order within a type.
 */
public final class InsightEngine {

  private static final List<InsightDetector> DETECTORS =
      List.of(new SpendingPatterns(), new Anomalies(), new RecurringPayments(), new SavingsOpportunities());

  private InsightEngine() {}

  public static List<Insight> insights(Analysis analysis) {
    List<Insight> all = new ArrayList<>();
    for (InsightDetector detector : DETECTORS) {
      all.addAll(detector.detect(analysis));
    }
    List<String> currencies = analysis.currencies();
    all.sort(Comparator.<Insight>comparingInt(i -> rank(currencies, i.currency()))
        .thenComparing(Insight::severity)
        .thenComparing(Insight::type));
    return all;
  }

  private static int rank(List<String> currencies, String currency) {
    int index = currencies.indexOf(currency);
    return index < 0 ? currencies.size() : index;
  }
}

package com.duskspendr.ml.insights.control;

import com.duskspendr.ml.insights.entity.Insight;
import com.duskspendr.transactions.ledger.boundary.HistoryEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * Anomalies among the period's payments: each is checked against the history before it (earlier in the
 * oldest-first history), so a report shows what the real-time check would have said when it arrived.
 */
public class Anomalies implements InsightDetector {

  @Override
  public List<Insight> detect(Analysis analysis) {
    AnomalyChecks checks = new AnomalyChecks(analysis.settings());
    List<HistoryEntry> history = analysis.history();
    List<Insight> insights = new ArrayList<>();
    PaymentIndex earlier = new PaymentIndex();
    for (HistoryEntry payment : history) {
      if (payment.isSpending() && analysis.period().contains(payment.date())) {
        for (Anomaly anomaly : checks.check(payment, earlier)) {
          insights.add(new Insight(anomaly.kind(), SeverityRules.of(anomaly.kind()), anomaly.title(), anomaly.message(),
              payment.currency(), anomaly.facts(), analysis.period()));
        }
      }
      earlier.add(payment);
    }
    return insights;
  }
}

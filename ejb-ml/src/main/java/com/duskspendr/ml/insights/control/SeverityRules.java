package com.duskspendr.ml.insights.control;

import com.duskspendr.ml.insights.entity.InsightType;
import com.duskspendr.ml.insights.entity.Severity;

/** The severity of an anomaly, the same in a report and in the real-time event. */
public final class SeverityRules {

  private SeverityRules() {}

  /** A duplicate may be money to claim back at once; the other anomalies deserve a look. */
  public static Severity of(InsightType anomalyKind) {
    return anomalyKind == InsightType.DUPLICATE_CHARGE ? Severity.ALERT : Severity.WARNING;
  }
}

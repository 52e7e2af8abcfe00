package com.duskspendr.ml.insights.boundary;

import com.duskspendr.ml.insights.entity.Insight;
import com.duskspendr.ml.insights.entity.InsightPeriod;
import java.util.List;

/**
 * A period's insights.
 *
 * @param mainCurrency the user's currency, whose insights come first
 * @param historyTruncated whether the history read was capped (an extremely active user): older periods
 *     then look emptier than they were
 */
public record InsightReport(InsightPeriod period, String mainCurrency, List<Insight> insights, boolean historyTruncated) {

  public InsightReport {
    insights = List.copyOf(insights);
  }
}

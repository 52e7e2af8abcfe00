package com.duskspendr.ml.insights.control;

import com.duskspendr.ml.insights.entity.Insight;
import com.duskspendr.ml.insights.entity.InsightPeriod;
import com.duskspendr.ml.insights.entity.InsightType;
import com.duskspendr.ml.insights.entity.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The top categories of the period, per currency, each compared with its average over the previous three
 * periods: {@code previousAverage = (s₁ + s₂ + s₃) / n} over the n ≤ 3 previous periods the history covers
 * (a category absent in one of them counts 0), {@code changeAmount = amount − previousAverage},
 * {@code changePercent = changeAmount / previousAverage × 100} (null when the average is 0).
 */
public class SpendingPatterns implements InsightDetector {

  @Override
  public List<Insight> detect(Analysis analysis) {
    List<Insight> insights = new ArrayList<>();
    for (String currency : analysis.currencies()) {
      insights.addAll(topCategories(analysis, currency));
    }
    return insights;
  }

  private List<Insight> topCategories(Analysis analysis, String currency) {
    Map<String, BigDecimal> current = CategoryTotals.of(analysis.history(), analysis.period(), currency);
    if (current.isEmpty()) {
      return List.of();
    }
    BigDecimal total = current.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    List<InsightPeriod> compared = analysis.coveredPreviousPeriods();
    List<Map<String, BigDecimal>> before =
        compared.stream().map(p -> CategoryTotals.of(analysis.history(), p, currency)).toList();
    List<Map.Entry<String, BigDecimal>> ranked =
        current.entrySet().stream()
            .sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
            .limit(analysis.settings().topCategories())
            .toList();
    List<Insight> insights = new ArrayList<>();
    int rank = 1;
    for (Map.Entry<String, BigDecimal> category : ranked) {
      insights.add(insight(analysis, currency, category.getKey(), category.getValue(), total, before, rank++));
    }
    return insights;
  }

  private Insight insight(
      Analysis analysis,
      String currency,
      String category,
      BigDecimal amount,
      BigDecimal total,
      List<Map<String, BigDecimal>> before,
      int rank) {
    String unit = analysis.period().kind().wireName();
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("categoryId", category);
    facts.put("rank", rank);
    facts.put("amount", Amounts.fact(amount, currency));
    facts.put("shareOfSpendingPercent", Amounts.percent(amount, total));
    facts.put("periodsCompared", before.size());
    String name = CategoryTotals.displayName(category);
    String title = name + ": " + Amounts.display(amount, currency) + " this " + unit;
    if (before.isEmpty()) {
      facts.put("previousAverage", null);
      facts.put("changeAmount", null);
      facts.put("changePercent", null);
      return new Insight(InsightType.SPENDING_PATTERN, Severity.INFO, title,
          "No earlier " + unit + " to compare with yet.", currency, facts, analysis.period());
    }
    BigDecimal average = CategoryTotals.averageOf(category, before, currency);
    BigDecimal change = amount.subtract(average);
    BigDecimal percent = Amounts.percent(change, average);
    facts.put("previousAverage", Amounts.fact(average, currency));
    facts.put("changeAmount", Amounts.fact(change, currency));
    facts.put("changePercent", percent);
    Severity severity =
        percent != null && percent.compareTo(analysis.settings().patternWarnPercent()) >= 0
            ? Severity.WARNING
            : Severity.INFO;
    String periods = before.size() + " " + unit + (before.size() == 1 ? "" : "s");
    String message =
        percent == null
            ? "New this " + unit + ": nothing was spent here in the previous " + periods + "."
            : (change.signum() >= 0 ? "Up " : "Down ") + percent.abs() + "% (" + (change.signum() >= 0 ? "+" : "")
                + Amounts.display(change, currency) + ") on your average of " + Amounts.display(average, currency)
                + " over the previous " + periods + ".";
    return new Insight(InsightType.SPENDING_PATTERN, severity, title, message, currency, facts, analysis.period());
  }
}

package com.duskspendr.ml.insights.control;

import com.duskspendr.ml.insights.entity.Insight;
import com.duskspendr.ml.insights.entity.InsightPeriod;
import com.duskspendr.ml.insights.entity.InsightType;
import com.duskspendr.ml.insights.entity.Severity;
import com.duskspendr.transactions.budgets.boundary.BudgetProgress;
import com.duskspendr.transactions.budgets.boundary.BudgetView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Categories heading above their budget or their usual level, with what could be saved.
 *
 * <ul>
 *   <li><b>Budget</b> (only when the period asked about is the current one, since budgets report their
 *       current period): {@code couldSave = projectedSpend − limit} when positive, from the budget's own
 *       live progress (alert when already over the limit, warning otherwise).
 *   <li><b>Usual level</b>, per currency and primary category (except the excluded ones such as transfers),
 *       when at least two previous periods are covered: {@code usual} = the same average as the spending
 *       pattern's; {@code level} = the period's spending, or for the current period once a quarter of it has
 *       passed, its pace {@code spent × days / elapsedDays}; an opportunity when {@code level > usual × (1 +
 *       threshold%)}, with {@code couldSave = level − usual}. A category a budget insight already covers is
 *       not reported twice.
 * </ul>
 */
public class SavingsOpportunities implements InsightDetector {

  /** Fewer covered previous periods than this make "usual" too thin to suggest cutting back. */
  static final int MIN_PERIODS_FOR_USUAL = 2;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public List<Insight> detect(Analysis analysis) {
    List<Insight> insights = new ArrayList<>();
    Set<String> budgeted = new HashSet<>();
    if (analysis.isCurrentPeriod()) {
      for (BudgetView budget : analysis.budgets()) {
        overBudget(budget, analysis).ifPresent(insight -> {
          insights.add(insight);
          budgeted.add(budget.currency() + ":" + CategoryTotals.primaryOf(budget.categoryId()));
        });
      }
    }
    List<InsightPeriod> compared = analysis.coveredPreviousPeriods();
    if (compared.size() >= MIN_PERIODS_FOR_USUAL) {
      for (String currency : analysis.currencies()) {
        insights.addAll(aboveUsual(analysis, currency, compared, budgeted));
      }
    }
    return insights;
  }

  private static Optional<Insight> overBudget(BudgetView budget, Analysis analysis) {
    BudgetProgress progress = budget.progress();
    if (progress == null || progress.projectedSpend() == null) {
      return Optional.empty();
    }
    BigDecimal couldSave = progress.projectedSpend().subtract(progress.limit());
    if (couldSave.signum() <= 0) {
      return Optional.empty();
    }
    String currency = budget.currency();
    boolean over = progress.spent().compareTo(progress.limit()) > 0;
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("basis", "budget");
    facts.put("budgetId", budget.id().toString());
    facts.put("categoryId", budget.categoryId());
    facts.put("limit", Amounts.fact(progress.limit(), currency));
    facts.put("spent", Amounts.fact(progress.spent(), currency));
    facts.put("projectedSpend", Amounts.fact(progress.projectedSpend(), currency));
    facts.put("couldSave", Amounts.fact(couldSave, currency));
    facts.put("budgetPeriodStart", progress.periodStart().toString());
    facts.put("budgetPeriodEnd", progress.periodEnd().toString());
    String name = CategoryTotals.displayName(budget.categoryId());
    return Optional.of(new Insight(InsightType.SAVINGS_OPPORTUNITY, over ? Severity.ALERT : Severity.WARNING,
        name + (over ? " is over budget" : " is heading over budget"),
        "At this pace you will spend " + Amounts.display(progress.projectedSpend(), currency) + " against a limit of "
            + Amounts.display(progress.limit(), currency) + " by " + progress.periodEnd() + "; keeping to it saves "
            + Amounts.display(couldSave, currency) + ".",
        currency, facts, analysis.period()));
  }

  private static List<Insight> aboveUsual(
      Analysis analysis, String currency, List<InsightPeriod> compared, Set<String> budgeted) {
    Map<String, BigDecimal> current = new TreeMap<>(CategoryTotals.of(analysis.history(), analysis.period(), currency));
    List<Map<String, BigDecimal>> before =
        compared.stream().map(p -> CategoryTotals.of(analysis.history(), p, currency)).toList();
    BigDecimal factor = BigDecimal.ONE.add(analysis.settings().savingsThresholdPercent().divide(HUNDRED));
    List<Insight> insights = new ArrayList<>();
    for (Map.Entry<String, BigDecimal> category : current.entrySet()) {
      String primary = category.getKey();
      if (analysis.settings().savingsExcludedCategories().contains(primary) || budgeted.contains(currency + ":" + primary)) {
        continue;
      }
      BigDecimal usual = CategoryTotals.averageOf(primary, before, currency);
      BigDecimal level = level(analysis, category.getValue(), currency);
      if (usual.signum() <= 0 || level.compareTo(usual.multiply(factor)) <= 0) {
        continue;
      }
      BigDecimal couldSave = level.subtract(usual);
      Map<String, Object> facts = new LinkedHashMap<>();
      facts.put("basis", "usual_level");
      facts.put("categoryId", primary);
      facts.put("spent", Amounts.fact(category.getValue(), currency));
      facts.put("level", Amounts.fact(level, currency));
      facts.put("usualLevel", Amounts.fact(usual, currency));
      facts.put("abovePercent", Amounts.percent(level.subtract(usual), usual));
      facts.put("couldSave", Amounts.fact(couldSave, currency));
      facts.put("periodsCompared", before.size());
      String unit = analysis.period().kind().wireName();
      insights.add(new Insight(InsightType.SAVINGS_OPPORTUNITY, Severity.INFO,
          CategoryTotals.displayName(primary) + " is above your usual level",
          (analysis.isCurrentPeriod() ? "At this pace " + Amounts.display(level, currency) + " this " + unit
              : Amounts.display(level, currency) + " this " + unit) + " against a usual "
              + Amounts.display(usual, currency) + "; back to usual saves " + Amounts.display(couldSave, currency) + ".",
          currency, facts, analysis.period()));
    }
    return insights;
  }

  /** The period's spending, or for the current period (once a quarter has passed) its pace to the period's end. */
  private static BigDecimal level(Analysis analysis, BigDecimal spent, String currency) {
    if (!analysis.isCurrentPeriod()) {
      return spent;
    }
    long days = analysis.period().days();
    long elapsed = ChronoUnit.DAYS.between(analysis.period().start(), analysis.today()) + 1;
    if (elapsed * 4 < days) {
      return spent;
    }
    return spent.multiply(BigDecimal.valueOf(days))
        .divide(BigDecimal.valueOf(elapsed), Amounts.minorDigits(currency), RoundingMode.HALF_UP);
  }
}

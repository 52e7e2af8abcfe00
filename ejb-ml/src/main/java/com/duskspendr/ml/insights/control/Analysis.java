package com.duskspendr.ml.insights.control;

import com.duskspendr.ml.insights.entity.InsightPeriod;
import com.duskspendr.transactions.budgets.boundary.BudgetView;
import com.duskspendr.transactions.ledger.boundary.HistoryEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Everything a detector looks at: the period asked about, the three before it, the user's history (oldest
 * first, up to the period's end), their "today", main currency and budgets.
 *
 * @param previousPeriods the periods before {@code period}, the nearest first
 */
public record Analysis(
    InsightPeriod period,
    List<InsightPeriod> previousPeriods,
    List<HistoryEntry> history,
    LocalDate today,
    String mainCurrency,
    List<BudgetView> budgets,
    InsightSettings settings) {

  public Analysis {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(mainCurrency, "mainCurrency");
    Objects.requireNonNull(settings, "settings");
    previousPeriods = List.copyOf(previousPeriods);
    history = List.copyOf(history);
    budgets = List.copyOf(budgets);
  }

  /** Currencies money was spent in, the main currency first, then alphabetically. */
  public List<String> currencies() {
    TreeSet<String> others = new TreeSet<>();
    boolean main = false;
    for (HistoryEntry entry : history) {
      if (entry.isSpending()) {
        if (entry.currency().equals(mainCurrency)) {
          main = true;
        } else {
          others.add(entry.currency());
        }
      }
    }
    List<String> ordered = new ArrayList<>();
    if (main) {
      ordered.add(mainCurrency);
    }
    ordered.addAll(others);
    return ordered;
  }

  /**
   * The previous periods the history covers (ending on or after its first transaction): a user who started
   * last month has no "three months before" to be compared with.
   */
  public List<InsightPeriod> coveredPreviousPeriods() {
    if (history.isEmpty()) {
      return List.of();
    }
    LocalDate first = history.get(0).date();
    return previousPeriods.stream().filter(p -> !p.end().isBefore(first)).toList();
  }

  /** The day "now" is in this period: today, or the period's end for a past period. */
  public LocalDate asOf() {
    return today.isBefore(period.end()) ? today : period.end();
  }

  /** Whether the period is the current one (contains today). */
  public boolean isCurrentPeriod() {
    return period.contains(today);
  }
}

package com.duskspendr.transactions.budgets.control;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.budgets.boundary.BudgetPeriod;
import com.duskspendr.transactions.budgets.boundary.BudgetProgress;
import com.duskspendr.transactions.events.BudgetThresholdCrossed;
import com.duskspendr.transactions.budgets.entity.Budget;
import com.duskspendr.transactions.budgets.entity.BudgetRepository;
import com.duskspendr.transactions.categories.boundary.CategoryCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;

/**
 * Computes a budget's progress in its current period and publishes the thresholds it has newly reached.
 *
 * <p>Alerts: a threshold alerts the first time the period's spending reaches it, and never again in that
 * period, even if edits bring spending back below it and a later change crosses it again. An alert tells
 * the user "you have used 80% of this month's groceries budget"; repeating it because a transaction was
 * corrected back and forth would be noise, and the user already knows. Only the current period alerts: a
 * correction of last month's transactions does not page anyone about last month. Redefining the budget
 * (amount, category, currency, period or start) clears the period's record, so the new budget alerts
 * afresh.
 */
@ApplicationScoped
public class BudgetEvaluator {

  @Inject SpendingQuery spending;
  @Inject CategoryCatalog catalog;
  @Inject BudgetRepository budgets;
  @Inject BudgetReporting reporting;

  public BudgetProgress progress(AccountId owner, Budget budget, UserCalendar.Settings settings) {
    BudgetPeriod period = periodOf(budget);
    DateRange current = BudgetPeriods.containing(period, budget.startDate(), settings.weekStart(), settings.today());
    Set<String> categories = catalog.withDescendants(owner, budget.categoryId());
    BigDecimal spent = spending.spent(owner, categories, budget.currency(), current);
    BigDecimal spentBefore = null;
    if (budget.rollover()) {
      Optional<DateRange> previous = BudgetPeriods.previous(period, budget.startDate(), settings.weekStart(), current);
      if (previous.isPresent()) {
        spentBefore = spending.spent(owner, categories, budget.currency(), previous.get());
      }
    }
    return ProgressCalculator.progress(
        budget.amount(), Currency.getInstance(budget.currency()), budget.rollover(), current, settings.today(), spent,
        spentBefore);
  }

  /** Publishes each threshold reached in the current period that has not alerted in it yet. */
  public BudgetProgress alertNewlyReached(AccountId owner, Budget budget, UserCalendar.Settings settings) {
    BudgetProgress progress = progress(owner, budget, settings);
    for (int threshold : Thresholds.reached(budget.alertThresholds(), progress.spent(), progress.limit())) {
      if (budgets.recordCrossing(budget.id(), progress.periodStart(), threshold)) {
        reporting.thresholdCrossed(
            owner,
            new BudgetThresholdCrossed(
                BudgetThresholdCrossed.CURRENT_VERSION,
                budget.id(),
                budget.categoryId(),
                threshold,
                progress.spent().toPlainString(),
                progress.limit().toPlainString(),
                budget.currency(),
                progress.periodStart(),
                progress.periodEnd()));
      }
    }
    return progress;
  }

  /** The current period and the one before: the periods whose spending a change of {@code date} can affect. */
  public boolean affectsCurrentPeriod(Budget budget, UserCalendar.Settings settings, java.time.LocalDate date) {
    BudgetPeriod period = periodOf(budget);
    DateRange current = BudgetPeriods.containing(period, budget.startDate(), settings.weekStart(), settings.today());
    if (current.contains(date)) {
      return true;
    }
    // With rollover, the previous period's spending sets the current limit.
    return budget.rollover()
        && BudgetPeriods.previous(period, budget.startDate(), settings.weekStart(), current)
            .map(previous -> previous.contains(date))
            .orElse(false);
  }

  private static BudgetPeriod periodOf(Budget budget) {
    return BudgetPeriod.fromWireName(budget.period()).orElseThrow();
  }
}

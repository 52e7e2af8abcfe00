package com.duskspendr.transactions.budgets.boundary;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.budgets.control.BudgetEvaluator;
import com.duskspendr.transactions.budgets.control.UserCalendar;
import com.duskspendr.transactions.budgets.entity.Budget;
import com.duskspendr.transactions.budgets.entity.BudgetRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Re-evaluates the budgets a transaction change can affect, in the ledger's transaction (MANDATORY: the
 * alert and the change commit or roll back together; a crossing recorded by a rolled-back change is rolled
 * back with it). A transaction in {@code food_and_drink.coffee} affects budgets on that subcategory and on
 * {@code food_and_drink}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DefaultBudgetAlerts implements BudgetAlerts {

  @Inject BudgetRepository budgets;
  @Inject BudgetEvaluator evaluator;
  @Inject UserCalendar calendar;

  @Override
  public void transactionsChanged(AccountId owner, String categoryId, LocalDate date, String currency) {
    if (categoryId == null) {
      return;
    }
    transactionsChanged(owner, List.of(new Placement(categoryId, date, currency)));
  }

  @Override
  public void transactionsChanged(AccountId owner, Collection<Placement> placements) {
    // per currency, the dates that fall under each budgetable category (a subcategory's under its primary too)
    Map<String, Map<String, Set<LocalDate>>> datesByCurrency = new LinkedHashMap<>();
    for (Placement placement : placements) {
      if (placement.categoryId() == null) {
        continue;
      }
      Map<String, Set<LocalDate>> dates = datesByCurrency.computeIfAbsent(placement.currency(), c -> new LinkedHashMap<>());
      for (String category : budgetableAs(placement.categoryId())) {
        dates.computeIfAbsent(category, c -> new HashSet<>()).add(placement.date());
      }
    }
    UserCalendar.Settings settings = null;
    for (Map.Entry<String, Map<String, Set<LocalDate>>> currency : datesByCurrency.entrySet()) {
      Map<String, Set<LocalDate>> dates = currency.getValue();
      for (Budget budget : budgets.on(owner.value(), dates.keySet(), currency.getKey())) {
        settings = settings != null ? settings : calendar.of(owner);
        UserCalendar.Settings calendarSettings = settings;
        if (dates.getOrDefault(budget.categoryId(), Set.of()).stream()
            .anyMatch(date -> evaluator.affectsCurrentPeriod(budget, calendarSettings, date))) {
          evaluator.alertNewlyReached(owner, budget, settings);
        }
      }
    }
  }

  /** The categories whose budgets count a transaction filed under this one: itself and its primary. */
  private static Set<String> budgetableAs(String categoryId) {
    Set<String> affected = new LinkedHashSet<>();
    affected.add(categoryId);
    int dot = categoryId.indexOf('.');
    if (dot > 0) {
      affected.add(categoryId.substring(0, dot));
    }
    return affected;
  }
}

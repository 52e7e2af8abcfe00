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
import java.util.LinkedHashSet;
import java.util.List;
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
    Set<String> affected = new LinkedHashSet<>();
    affected.add(categoryId);
    int dot = categoryId.indexOf('.');
    if (dot > 0) {
      affected.add(categoryId.substring(0, dot));
    }
    List<Budget> candidates = budgets.on(owner.value(), affected, currency);
    if (candidates.isEmpty()) {
      return;
    }
    UserCalendar.Settings settings = calendar.of(owner);
    for (Budget budget : candidates) {
      if (evaluator.affectsCurrentPeriod(budget, settings, date)) {
        evaluator.alertNewlyReached(owner, budget, settings);
      }
    }
  }
}

package com.duskspendr.transactions.budgets.control;

import com.duskspendr.auth.events.AccountDeleted;
import com.duskspendr.transactions.budgets.entity.BudgetRepository;
import com.duskspendr.transactions.categories.boundary.CategoryRemoved;
import com.duskspendr.platform.failure.ConflictException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Keeps budgets consistent with the rest of the user's data, inside the transaction that changes it
 * (MANDATORY): erases them with the account, and refuses the deletion of a category a budget still uses.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class BudgetLifecycle {

  @Inject BudgetRepository budgets;

  public void onAccountDeleted(@Observes AccountDeleted event) {
    budgets.deleteAllOf(event.accountId().value());
  }

  /** A budget is a plan the user made on purpose: they decide what becomes of it, not a category deletion. */
  public void onCategoryRemoved(@Observes CategoryRemoved event) {
    long using = budgets.countOn(event.owner().value(), event.categoryId());
    if (using > 0) {
      throw new ConflictException(
          "The category is used by " + using + " budget(s); delete them or move them to another category first",
          null);
    }
  }
}

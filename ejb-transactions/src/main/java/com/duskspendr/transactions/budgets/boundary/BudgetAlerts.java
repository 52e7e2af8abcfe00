package com.duskspendr.transactions.budgets.boundary;

import com.duskspendr.transactions.events.BudgetThresholdCrossed;

import com.duskspendr.platform.identity.AccountId;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Collection;

/**
 * What the ledger calls, inside its transaction, after each create, update or delete of a transaction:
 * the budgets that the change may affect are re-evaluated and newly reached thresholds are published
 * (BudgetThresholdCrossed), once per threshold per period. For an update that moves a transaction (other
 * category, date or currency), call it for the old and for the new values.
 */
public interface BudgetAlerts {

  /**
   * @param categoryId the transaction's category; null (uncategorized) affects no budget
   * @param date the transaction's date
   * @param currency its ISO 4217 code
   */
  void transactionsChanged(@NotNull AccountId owner, String categoryId, @NotNull LocalDate date, @NotNull String currency);

  /** Where a transaction of a batch was (or is now) filed: its category (null: none), date and currency. */
  record Placement(String categoryId, @NotNull LocalDate date, @NotNull String currency) {}

  /**
   * What {@link #transactionsChanged} does for each placement, for a batch of the owner's changes (the
   * categorizer's): the budgets are read once per currency and each budget that any of the placements may
   * affect is evaluated once, however many of the batch's transactions fall under its category.
   */
  void transactionsChanged(@NotNull AccountId owner, @NotNull Collection<@NotNull Placement> placements);
}

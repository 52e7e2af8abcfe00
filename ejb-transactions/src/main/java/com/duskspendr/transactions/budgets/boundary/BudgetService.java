package com.duskspendr.transactions.budgets.boundary;

import com.duskspendr.auth.boundary.AccountId;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/** A user's budgets, each answered with its live progress. */
public interface BudgetService {

  /** Oldest first; bounded by the per-user budget limit (default 100). */
  List<BudgetView> list(@NotNull AccountId owner);

  /** @throws com.duskspendr.transactions.errors.RecordNotFoundException unknown or another user's */
  BudgetView get(@NotNull AccountId owner, @NotNull UUID id);

  /**
   * Creates the budget and, if its current period has already reached thresholds, publishes them.
   *
   * @throws com.duskspendr.transactions.errors.InvalidInputException with a detail per invalid field
   * @throws com.duskspendr.transactions.errors.ConflictException the per-user limit is reached
   */
  BudgetView create(@NotNull AccountId owner, @NotNull NewBudget budget);

  /**
   * Changing category, amount, currency, period or start date redefines the budget: its alerts start over
   * in the current period.
   *
   * @throws com.duskspendr.transactions.errors.ConflictException stale {@code expectedVersion}
   */
  BudgetView update(@NotNull AccountId owner, @NotNull UUID id, @NotNull BudgetPatch patch);

  void delete(@NotNull AccountId owner, @NotNull UUID id, Long expectedVersion);
}

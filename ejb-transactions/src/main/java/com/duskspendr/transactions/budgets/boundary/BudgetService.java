package com.duskspendr.transactions.budgets.boundary;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.sync.boundary.SyncLimits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** A user's budgets, each answered with its live progress. */
public interface BudgetService {

  /** Oldest first; bounded by the per-user budget limit (default 100). */
  List<BudgetView> list(@NotNull AccountId owner);

  /** @throws com.duskspendr.platform.failure.RecordNotFoundException unknown or another user's */
  BudgetView get(@NotNull AccountId owner, @NotNull UUID id);

  /**
   * The user's budgets with these ids, each as {@link #get} answers it (with progress), read in one query;
   * unknown ids and other users' are absent; the order is unspecified.
   */
  List<BudgetView> getAll(@NotNull AccountId owner, @NotNull @Size(max = SyncLimits.MAX_PAGE_SIZE) Collection<UUID> ids);

  /**
   * Creates the budget and, if its current period has already reached thresholds, publishes them.
   *
   * @throws com.duskspendr.platform.failure.InvalidInputException with a detail per invalid field
   * @throws com.duskspendr.platform.failure.ConflictException the per-user limit is reached
   */
  BudgetView create(@NotNull AccountId owner, @NotNull NewBudget budget);

  /**
   * Creates the budget under an id the client chose (an offline device), otherwise as {@link
   * #create(AccountId, NewBudget)}.
   *
   * @throws com.duskspendr.platform.failure.ConflictException also when the id is taken: by one of the
   *     user's budgets (carried as the current record, so that a replayed create can be recognized), or by
   *     another user's (no current record: nothing of it is revealed)
   */
  BudgetView create(@NotNull AccountId owner, @NotNull UUID id, @NotNull NewBudget budget);

  /**
   * Changing category, amount, currency, period or start date redefines the budget: its alerts start over
   * in the current period.
   *
   * @throws com.duskspendr.platform.failure.ConflictException stale {@code expectedVersion}
   */
  BudgetView update(@NotNull AccountId owner, @NotNull UUID id, @NotNull BudgetPatch patch);

  void delete(@NotNull AccountId owner, @NotNull UUID id, Long expectedVersion);
}

package com.duskspendr.transactions.sharing.boundary;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.ledger.boundary.RecordedTransaction;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * A group's expenses, for its active members (anyone else: not found). Any member adds, edits, deletes and
 * restores expenses; edits are versioned ({@code expectedVersion}: a stale one is a conflict carrying the
 * current expense).
 */
public interface ExpenseService {

  /** @throws com.duskspendr.platform.failure.InvalidInputException with every invalid field */
  ExpenseView create(@NotNull AccountId caller, @NotNull UUID groupId, @NotNull NewExpense expense);

  /**
   * As {@link #create(AccountId, UUID, NewExpense)}, under an id the client chose (an expense added offline
   * and pushed through sync).
   *
   * @throws com.duskspendr.platform.failure.ConflictException an expense with this id exists (in any group)
   */
  ExpenseView create(
      @NotNull AccountId caller, @NotNull UUID groupId, @NotNull UUID expenseId, @NotNull NewExpense expense);

  /** Newest first (date); with {@code deleted}, those deleted within the undo window instead. */
  List<ExpenseView> list(@NotNull AccountId caller, @NotNull UUID groupId, boolean deleted);

  /** The expenses among these ids of groups the caller is an active member of (for the changes feed). */
  List<ExpenseView> getAll(@NotNull AccountId caller, @NotNull java.util.Collection<UUID> ids);

  ExpenseView get(@NotNull AccountId caller, @NotNull UUID groupId, @NotNull UUID expenseId);

  /** Changes the fields given; a new split, amount or payers are validated together as on creation. */
  ExpenseView update(
      @NotNull AccountId caller, @NotNull UUID groupId, @NotNull UUID expenseId, @NotNull NewExpense changes,
      Long expectedVersion);

  /** Deletes it (it stops counting), restorable within the undo window. */
  void delete(@NotNull AccountId caller, @NotNull UUID groupId, @NotNull UUID expenseId, Long expectedVersion);

  /** @throws com.duskspendr.platform.failure.ConflictException not deleted, or deleted longer ago than the undo window */
  ExpenseView restore(@NotNull AccountId caller, @NotNull UUID groupId, @NotNull UUID expenseId);

  CommentView comment(@NotNull AccountId caller, @NotNull UUID groupId, @NotNull UUID expenseId, String body);

  List<CommentView> comments(@NotNull AccountId caller, @NotNull UUID groupId, @NotNull UUID expenseId);

  /**
   * Records the caller's share in their own ledger as a transaction (money out, the expense's date,
   * category {@code categoryId} or else the expense's), so their budgets count it.
   *
   * @throws com.duskspendr.platform.failure.ConflictException already accepted, or the expense is the caller's
   *     own linked ledger transaction (which already counts their share)
   */
  RecordedTransaction acceptShare(
      @NotNull AccountId caller, @NotNull UUID groupId, @NotNull UUID expenseId, String categoryId);
}

package com.duskspendr.transactions.ledger.boundary;

import com.duskspendr.platform.identity.AccountId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The ledger use cases; each acts on the given (authenticated) owner's transactions only. Another user's
 * transaction is reported exactly like a missing one. Every change is reported to the sync change log and
 * published as a domain event in the caller's transaction.
 *
 * @see com.duskspendr.platform.failure
 */
public interface TransactionService {

  /** Most ids {@link #getAll} reads at once (the sync feed's largest page). */
  int MAX_BATCH = 500;

  /**
   * Records a transaction. Safe to retry: with the same idempotency key (kept for a configurable time,
   * default 24 h) or the same client-chosen id, a repeated identical request answers with the transaction
   * the first one created ({@link CreatedTransaction#replayed()}); a different request under the same key
   * or id is a conflict. Without a category the transaction is {@code pending} and goes to the
   * categorization queue; with one it is the user's choice ({@code manual}) and recorded as a correction.
   *
   * @param idempotencyKey null when the client sent none
   * @throws com.duskspendr.platform.failure.InvalidInputException with every invalid field
   * @throws com.duskspendr.platform.failure.ConflictException key or id reused for a different request
   */
  CreatedTransaction create(@NotNull AccountId owner, @NotNull NewTransaction transaction, String idempotencyKey);

  /** @throws com.duskspendr.platform.failure.RecordNotFoundException also for another user's id */
  RecordedTransaction get(@NotNull AccountId owner, @NotNull UUID id);

  /**
   * The owner's transactions with these ids, read in one query, in no particular order (the sync feed and
   * push read records by batch). Ids the owner has no transaction for (deleted, never existed, another
   * user's) are simply absent.
   */
  List<RecordedTransaction> getAll(@NotNull AccountId owner, @NotNull @Size(max = MAX_BATCH) Collection<UUID> ids);

  /** @throws com.duskspendr.platform.failure.InvalidInputException with every invalid parameter */
  TransactionPage list(@NotNull AccountId owner, @NotNull TransactionListRequest request);

  /**
   * Applies the fields present in the patch, all validated first. Changing the category is a correction:
   * recorded, and the transaction becomes {@code manual}.
   *
   * @param expectedVersion the version the client's copy has; null skips the check. An older one is fine
   *     unless a user changed one of the patch's fields since (the categorizer's writes never count)
   * @throws com.duskspendr.platform.failure.ConflictException a user changed one of these fields since
   *     {@code expectedVersion}, or the server never had it; carries the current transaction
   */
  RecordedTransaction update(
      @NotNull AccountId owner, @NotNull UUID id, @NotNull TransactionPatch patch, Long expectedVersion);

  /**
   * @param expectedVersion the version the client's copy has; null skips the check. An older one is fine
   *     unless a user changed any field since (the categorizer's writes never count)
   * @throws com.duskspendr.platform.failure.ConflictException a user changed the transaction since, or the
   *     server never had that version; carries the current transaction
   */
  void delete(@NotNull AccountId owner, @NotNull UUID id, Long expectedVersion);
}

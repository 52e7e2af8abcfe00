package com.duskspendr.transactions.ledger.boundary;

import com.duskspendr.platform.identity.AccountId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.UUID;

/**
 * Where the categorizer writes what it decided, in the caller's transaction. A transaction is changed only
 * while it still exists and is still {@code pending}: the user's own choice ({@code manual}) and an earlier
 * filing are never overwritten, so a redelivered request changes nothing. A change is reported like any
 * ledger update: new version, sync change-log entry, budget alerts and TransactionChanged.
 */
public interface AutomaticCategorization {

  /** What became of a filing. */
  enum Outcome {
    /** Written: the transaction has a new version. */
    FILED,
    /** Nothing to do: the user or an earlier filing decided meanwhile, or the same suggestions are stored. */
    ALREADY_DECIDED,
    /** The transaction was deleted meanwhile (or is not the owner's). */
    NOT_FOUND
  }

  /**
   * @throws com.duskspendr.platform.failure.InvalidInputException a status of MANUAL, a filed status
   *     without a category, or a category that does not exist for the owner
   */
  Outcome file(@NotNull AccountId owner, @NotNull UUID transactionId, @NotNull @Valid AutomaticFiling filing);

  /**
   * Files many transactions of one owner at once, each exactly as {@link #file} would, in one transaction:
   * the rows are locked together (in id order, so two batches cannot deadlock), and their change-log
   * entries, budget alerts and TransactionChanged events are written in batches. A filing that is not
   * well-formed is skipped (counted as {@code ALREADY_DECIDED}) rather than failing the others.
   *
   * @return per transaction id, what became of its filing
   */
  Map<UUID, Outcome> fileAll(@NotNull AccountId owner, @NotNull Map<UUID, @NotNull @Valid AutomaticFiling> filings);
}

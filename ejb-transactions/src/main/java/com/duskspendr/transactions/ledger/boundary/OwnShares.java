package com.duskspendr.transactions.ledger.boundary;

import com.duskspendr.platform.identity.AccountId;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * The owner's own part of a transaction, for shared expenses: a transaction the owner paid for a group
 * counts only the owner's share in budgets and analytics, a settlement between members counts nothing.
 * Each change is reported like any other change of the transaction (change log, budgets, TransactionChanged),
 * so analytics, which reads the changes feed, follows it exactly.
 */
public interface OwnShares {

  /**
   * Sets the owner's own part, in the transaction's sign (money out negative); null counts the whole amount
   * again. Nothing changes (and nothing is reported) when the transaction already has that part.
   *
   * @throws com.duskspendr.platform.failure.RecordNotFoundException not the owner's transaction
   * @throws com.duskspendr.platform.failure.InvalidInputException the part has another sign than the amount,
   *     exceeds it, or does not fit the currency's minor units
   */
  RecordedTransaction assign(@NotNull AccountId owner, @NotNull UUID transactionId, BigDecimal ownShare);

  /** As {@link #assign}, for a transaction that may be gone (deleted by its owner since): then nothing happens. */
  void assignIfPresent(@NotNull AccountId owner, @NotNull UUID transactionId, BigDecimal ownShare);
}

package com.duskspendr.transactions.ledger.boundary;

import com.duskspendr.platform.identity.AccountId;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the categorizer reads of the corrections users made (read-only). Merchants are compared in the
 * normal form of merchant rules (trimmed, single spaces, lower case).
 */
public interface CorrectionHistory {

  /** A user's own correction: the transaction it was made on, the category chosen, when. */
  record PastCorrection(UUID transactionId, String categoryId, OffsetDateTime correctedAt) {}

  /** A merchant → category correction that enough distinct users made; no user is named. */
  record SharedCorrection(String merchantKey, String categoryId, long users) {}

  /**
   * The owner's most recent correction to a category for this merchant; empty for a blank merchant, or
   * when the owner never corrected it (or only removed its category).
   */
  Optional<PastCorrection> latestFor(@NotNull AccountId owner, String merchantName);

  /**
   * The owner's latest corrections for all these merchants, read at once (for the categorizer's batches):
   * the function answers like {@link #latestFor} for each of the names given, without further reads. Use it
   * within the transaction that obtained it.
   */
  Function<String, Optional<PastCorrection>> latestForAll(@NotNull AccountId owner, @NotNull Collection<String> merchantNames);

  /**
   * The k-anonymous corrections: (normalized merchant, category) pairs that at least {@code
   * minDistinctUsers} distinct users hold as their latest correction for that merchant.
   */
  List<SharedCorrection> sharedByAtLeast(@Min(1) int minDistinctUsers);
}

package com.duskspendr.transactions.ledger.boundary;

import com.duskspendr.platform.identity.AccountId;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Read-only access to a user's past transactions for analysis (insights, anomaly detection): compact rows,
 * never entities, one indexed query (the ledger's (user_id, date) index), scoped to the owner.
 *
 * <p>Bounded twice so that one heavy user cannot make a request expensive: the range may span at most
 * {@value #MAX_MONTHS} months (an older {@code from} is moved forward to {@code to} minus that many months),
 * and at most {@value #MAX_ROWS} rows are read, the newest first; {@link HistoryWindow#truncated()} says when
 * older rows were left out.
 */
public interface SpendingHistory {

  /** Longest range read: four years, so that a yearly report can compare with the three years before. */
  int MAX_MONTHS = 48;

  /** Most rows read in one call (about 25 transactions a day for two years). */
  int MAX_ROWS = 20_000;

  /**
   * The owner's transactions dated from {@code from} to {@code to}, both included, oldest first: the newest
   * {@code maxRows} of them at most (never more than {@value #MAX_ROWS}). A caller on a hot path asks for
   * fewer rows than a report does.
   *
   * @throws IllegalArgumentException when {@code to} is before {@code from} or {@code maxRows} is not positive
   */
  default HistoryWindow between(@NotNull AccountId owner, @NotNull LocalDate from, @NotNull LocalDate to, int maxRows) {
    return between(owner, from, to, maxRows, null);
  }

  /**
   * As {@link #between(AccountId, LocalDate, LocalDate, int)}, but only the transactions recorded by
   * {@code recordedBy} (null: all): the history as it was at that moment. An event consumer that examines a
   * transaction compares it with what existed when it was recorded, however late the event reaches it,
   * so that a pair of duplicates is reported once, for the later one, whichever event arrives first.
   */
  HistoryWindow between(
      @NotNull AccountId owner, @NotNull LocalDate from, @NotNull LocalDate to, int maxRows, Instant recordedBy);
}

package com.duskspendr.transactions.sync.boundary;

import com.duskspendr.auth.boundary.AccountId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Reads a user's changes feed: which of their synced records changed after a cursor, in commit order. */
public interface ChangeFeed {

  /**
   * At most {@code limit} changes after {@code since}, oldest first. Only references: the caller reads the
   * records' current state.
   */
  FeedPage changesSince(
      @NotNull AccountId owner,
      @NotNull SyncCursor since,
      @Min(1) @Max(SyncLimits.MAX_PAGE_SIZE) int limit);
}

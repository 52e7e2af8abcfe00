package com.duskspendr.transactions.sync.boundary;

import com.duskspendr.platform.identity.AccountId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;

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

  /**
   * The latest change of one record, if it ever changed: tells a deleted record (a tombstone) from one that
   * never existed, so that a replayed create cannot bring a deleted record back.
   */
  Optional<FeedPage.FeedEntry> lastChange(
      @NotNull AccountId owner, @NotNull ChangeLog.Entity entity, @NotNull @Size(min = 1, max = SyncLimits.MAX_ID_LENGTH) String id);

  /**
   * The owner's latest change-log sequence number (0 before their first change). It moves with every
   * committed write to any of their synced records, and only then, so a reader can tell from it alone
   * whether anything it showed the owner may have changed (conditional reads' ETags).
   */
  long lastSeq(@NotNull AccountId owner);
}

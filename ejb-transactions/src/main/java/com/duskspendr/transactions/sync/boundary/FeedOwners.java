package com.duskspendr.transactions.sync.boundary;

import com.duskspendr.platform.identity.AccountId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;

/**
 * Who has a changes feed: every owner who ever changed a synced record. How analytics visits every user for a
 * full rebuild without reading a table of this context.
 */
public interface FeedOwners {

  /** Owners in id order after {@code after} (null: from the first), at most {@code limit}. */
  List<AccountId> ownersAfter(AccountId after, @Min(1) @Max(SyncLimits.MAX_PAGE_SIZE) int limit);
}

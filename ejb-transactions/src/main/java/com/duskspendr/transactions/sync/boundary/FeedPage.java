package com.duskspendr.transactions.sync.boundary;

import java.util.List;

/**
 * One page of the changes feed.
 *
 * @param changes in sequence (commit) order
 * @param next where the next page starts: after the last change of this page, or {@code since} when the
 *     page is empty (the client keeps it and asks again later)
 * @param hasMore whether more changes were already committed when this page was read
 */
public record FeedPage(List<FeedEntry> changes, SyncCursor next, boolean hasMore) {

  public FeedPage {
    changes = List.copyOf(changes);
  }

  /**
   * The latest change of one record.
   *
   * @param version the record's version after the change (for a delete: its last version plus one)
   */
  public record FeedEntry(ChangeLog.Entity entity, String id, long version, boolean deleted, long seq) {}
}

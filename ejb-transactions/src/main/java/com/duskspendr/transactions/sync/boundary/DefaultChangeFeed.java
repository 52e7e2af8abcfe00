package com.duskspendr.transactions.sync.boundary;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.sync.boundary.FeedPage.FeedEntry;
import com.duskspendr.transactions.sync.entity.SyncChange;
import com.duskspendr.transactions.sync.entity.SyncChangeRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Pages the feed with one indexed query ({@code user_id, seq}). It reads one row more than asked to learn
 * whether there are more, without counting. SUPPORTS: a read needs no transaction of its own, and the
 * statement's snapshot is always a gap-free prefix of the user's sequence (see {@link DefaultChangeLog}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultChangeFeed implements ChangeFeed, FeedOwners {

  @Inject SyncChangeRepository changes;

  @Override
  public FeedPage changesSince(AccountId owner, SyncCursor since, int limit) {
    List<SyncChange> rows = changes.changesAfter(owner.value(), since.seq(), limit + 1);
    boolean hasMore = rows.size() > limit;
    List<FeedEntry> page = rows.stream().limit(limit).map(DefaultChangeFeed::entry).toList();
    SyncCursor next = page.isEmpty() ? since : new SyncCursor(page.get(page.size() - 1).seq());
    return new FeedPage(page, next, hasMore);
  }

  @Override
  public Optional<FeedEntry> lastChange(AccountId owner, ChangeLog.Entity entity, String id) {
    return changes.find(owner.value(), entity.feedName(), id).map(DefaultChangeFeed::entry);
  }

  @Override
  public long lastSeq(AccountId owner) {
    return changes.lastSeq(owner.value());
  }

  @Override
  public List<AccountId> ownersAfter(AccountId after, int limit) {
    return changes.ownersAfter(after == null ? null : after.value(), limit).stream().map(AccountId::new).toList();
  }

  private static FeedEntry entry(SyncChange row) {
    return new FeedEntry(entityNamed(row.entity()), row.entityId(), row.version(), row.deleted(), row.seq());
  }

  static ChangeLog.Entity entityNamed(String feedName) {
    for (ChangeLog.Entity entity : ChangeLog.Entity.values()) {
      if (entity.feedName().equals(feedName)) {
        return entity;
      }
    }
    throw new IllegalStateException("Unknown entity in the changes feed: " + feedName);
  }
}

package com.duskspendr.analytics.spending.control;

import com.duskspendr.analytics.spending.entity.AggregateStore;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.ledger.boundary.CurrentTransactions;
import com.duskspendr.transactions.sync.boundary.ChangeFeed;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import com.duskspendr.transactions.sync.boundary.FeedPage;
import com.duskspendr.transactions.sync.boundary.SyncCursor;
import com.duskspendr.transactions.sync.boundary.SyncLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reads what changed in a user's ledger after a watermark, through the ledger's boundaries only: the changes
 * feed names the transactions (its latest change per record, in commit order), CurrentTransactions gives
 * their current state, and the aggregates' own facts say what was counted of them before.
 */
@ApplicationScoped
public class LedgerChangeReader {

  @Inject ChangeFeed feed;
  @Inject CurrentTransactions history;
  @Inject AggregateStore store;

  /** The changes after {@code afterSeq}; from the very start (and as a reset) when {@code rebuild}. */
  public PendingChanges since(AccountId owner, long afterSeq, boolean rebuild) {
    long seq = rebuild ? 0 : afterSeq;
    Set<UUID> changed = new LinkedHashSet<>();
    FeedPage page;
    do {
      page = feed.changesSince(owner, new SyncCursor(seq), SyncLimits.MAX_PAGE_SIZE);
      for (FeedPage.FeedEntry entry : page.changes()) {
        if (entry.entity() == ChangeLog.Entity.TRANSACTION) {
          changed.add(UUID.fromString(entry.id()));
        }
      }
      seq = page.next().seq();
    } while (page.hasMore());
    List<UUID> ids = List.copyOf(changed);
    List<Contribution> before = new ArrayList<>();
    List<Contribution> after = new ArrayList<>();
    for (int start = 0; start < ids.size(); start += CurrentTransactions.MAX_IDS) {
      List<UUID> slice = ids.subList(start, Math.min(ids.size(), start + CurrentTransactions.MAX_IDS));
      if (!rebuild) {
        before.addAll(store.facts(owner.value(), slice));
      }
      history.current(owner, slice).forEach(entry -> after.add(Contribution.of(entry)));
    }
    return new PendingChanges(owner.value(), afterSeq, seq, changed, before, after, rebuild);
  }
}

package com.duskspendr.web.sync;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import com.duskspendr.transactions.sync.boundary.FeedPage;
import com.duskspendr.transactions.sync.boundary.FeedPage.FeedEntry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a feed page (references) into what the client gets: each upserted record's current
 * representation, read in one batch per entity, and tombstones for deletes.
 *
 * <p>The records are read after the page, so a record may have changed again in between: the client then
 * gets its newer state (and version) now, and the same state again when it reaches that later change in the
 * feed. Applying a record at a version it already holds is a no-op, so this is harmless, and it never shows
 * a state older than the feed position. A record that is gone by the time it is read was deleted after the
 * page was read; it is left out here because its tombstone, with a higher sequence number, is already
 * committed and comes on a later page.
 */
public final class ChangeFeedAssembler {

  private static final String UPSERT = "upsert";
  private static final String DELETE = "delete";

  private final SyncedRecords records;

  public ChangeFeedAssembler(SyncedRecords records) {
    this.records = records;
  }

  public ChangesResponse assemble(AccountId owner, FeedPage page) {
    Map<ChangeLog.Entity, List<String>> upsertedIds = new EnumMap<>(ChangeLog.Entity.class);
    for (FeedEntry entry : page.changes()) {
      if (!entry.deleted()) {
        upsertedIds.computeIfAbsent(entry.entity(), e -> new ArrayList<>()).add(entry.id());
      }
    }
    Map<ChangeLog.Entity, Map<String, SyncedRecord>> current = new EnumMap<>(ChangeLog.Entity.class);
    upsertedIds.forEach((entity, ids) -> current.put(entity, records.reader(entity).read(owner, ids)));

    List<ChangeItem> items = new ArrayList<>(page.changes().size());
    for (FeedEntry entry : page.changes()) {
      String entity = entry.entity().feedName();
      if (entry.deleted()) {
        items.add(new ChangeItem(entity, DELETE, entry.id(), entry.version(), null));
        continue;
      }
      SyncedRecord record = current.get(entry.entity()).get(entry.id());
      if (record != null) {
        items.add(new ChangeItem(entity, UPSERT, entry.id(), record.version(), record.representation()));
      }
    }
    return new ChangesResponse(items, page.next().encode(), page.hasMore());
  }
}

package com.duskspendr.web.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import com.duskspendr.transactions.sync.boundary.FeedPage;
import com.duskspendr.transactions.sync.boundary.FeedPage.FeedEntry;
import com.duskspendr.transactions.sync.boundary.SyncCursor;
import jakarta.json.Json;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChangeFeedAssemblerTest {

  private final AccountId me = new AccountId(UUID.randomUUID());
  private final InMemoryNotes notes = new InMemoryNotes();

  @Test
  void upsertsCarryTheCurrentRepresentationAndDeletesAreTombstones() {
    notes.upsert(me, "a", null, Json.createObjectBuilder().add("text", "milk").build());
    notes.upsert(me, "a", 1L, Json.createObjectBuilder().add("text", "oat milk").build());
    FeedPage page = new FeedPage(
        List.of(new FeedEntry(ChangeLog.Entity.RULE, "a", 1, false, 7), new FeedEntry(ChangeLog.Entity.RULE, "b", 3, true, 9)),
        new SyncCursor(9), true);

    ChangesResponse response = new ChangeFeedAssembler(SyncedRecords.of(List.of(notes), List.of())).assemble(me, page);

    ChangeItem upsert = response.changes().get(0);
    assertEquals(List.of("rule", "upsert", "a"), List.of(upsert.entity(), upsert.op(), upsert.id()));
    assertEquals(2, upsert.version(), "the state read now, with its version: newer than the change is fine");
    assertEquals("oat milk", ((InMemoryNotes.Note) upsert.data()).text());
    ChangeItem delete = response.changes().get(1);
    assertEquals(List.of("rule", "delete", "b"), List.of(delete.entity(), delete.op(), delete.id()));
    assertEquals(3, delete.version());
    assertNull(delete.data());
    assertEquals(new SyncCursor(9).encode(), response.nextCursor());
    assertEquals(true, response.hasMore());
  }

  @Test
  void readsEachEntityOncePerPageAndLeavesOutRecordsDeletedSince() {
    List<Collection<String>> batches = new ArrayList<>();
    SyncedRecordReader counting = new SyncedRecordReader() {
      @Override
      public ChangeLog.Entity entity() {
        return ChangeLog.Entity.RULE;
      }

      @Override
      public Map<String, SyncedRecord> read(AccountId owner, Collection<String> ids) {
        batches.add(List.copyOf(ids));
        return notes.read(owner, ids);
      }
    };
    notes.upsert(me, "kept", null, Json.createObjectBuilder().add("text", "x").build());
    FeedPage page = new FeedPage(
        List.of(new FeedEntry(ChangeLog.Entity.RULE, "kept", 1, false, 1), new FeedEntry(ChangeLog.Entity.RULE, "gone", 1, false, 2)),
        new SyncCursor(2), false);

    ChangesResponse response = new ChangeFeedAssembler(SyncedRecords.of(List.of(counting), List.of())).assemble(me, page);

    assertEquals(List.of(List.of("kept", "gone")), batches);
    assertEquals(List.of("kept"), response.changes().stream().map(ChangeItem::id).toList());
    assertEquals(new SyncCursor(2).encode(), response.nextCursor(), "the cursor still moves past the left-out change");
  }

  @Test
  void aFeedEntityWithoutAReaderIsAWiringError() {
    FeedPage page = new FeedPage(List.of(new FeedEntry(ChangeLog.Entity.BUDGET, "x", 1, false, 1)), new SyncCursor(1), false);

    assertThrows(IllegalStateException.class,
        () -> new ChangeFeedAssembler(SyncedRecords.of(List.of(notes), List.of())).assemble(me, page));
  }

  @Test
  void emptyPageKeepsTheCursor() {
    SyncCursor since = new SyncCursor(41);

    ChangesResponse response = new ChangeFeedAssembler(SyncedRecords.of(List.of(), List.of()))
        .assemble(me, new FeedPage(List.of(), since, false));

    assertEquals(since.encode(), response.nextCursor());
    assertEquals(List.of(), response.changes());
  }

  @Test
  void twoReadersForOneEntityAreRefused() {
    assertThrows(IllegalStateException.class, () -> SyncedRecords.of(List.of(notes, new InMemoryNotes()), List.of()));
  }
}

package com.duskspendr.web.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.failure.ConflictException;
import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.platform.failure.RecordNotFoundException;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import com.duskspendr.web.envelope.FieldIssue;
import jakarta.ejb.EJBException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SyncPushTest {

  private final AccountId me = new AccountId(UUID.randomUUID());
  private final AccountId other = new AccountId(UUID.randomUUID());
  private final InMemoryNotes notes = new InMemoryNotes();
  /** What the change log would say: the test store remembers what it deleted. */
  private final java.util.Set<String> deleted = new java.util.HashSet<>();
  private final SyncPush.Tombstones tombstones = (owner, entity, id) -> deleted.contains(owner + "/" + id);
  private final SyncPush push = new SyncPush(SyncedRecords.of(List.of(notes), List.of(notes)), tombstones);

  private static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text.replace('\'', '"')))) {
      return reader.readObject();
    }
  }

  private static PushRequest.Change upsert(String id, Long base, String data) {
    return new PushRequest.Change("rule", "upsert", id, base, json(data));
  }

  private static PushRequest.Change delete(String id, Long base) {
    return new PushRequest.Change("rule", "delete", id, base, null);
  }

  private List<PushResult> apply(AccountId owner, PushRequest.Change... changes) {
    List<PushResult> results = push.apply(owner, java.util.Arrays.asList(changes)).results();
    for (int i = 0; i < changes.length; i++) {
      if (changes[i] != null && changes[i].op().equals("delete") && results.get(i).status().equals("applied")) {
        deleted.add(owner + "/" + changes[i].id());
      }
    }
    return results;
  }

  @Test
  void createUpdateAndDeleteAreAppliedWithTheirNewVersions() {
    List<PushResult> results = apply(me,
        upsert("n1", null, "{'text':'milk'}"),
        upsert("n1", 1L, "{'text':'oat milk'}"),
        upsert("n2", null, "{'text':'bread'}"),
        delete("n2", 1L));

    assertEquals(List.of("applied", "applied", "applied", "applied"), results.stream().map(PushResult::status).toList());
    assertEquals(List.of(1L, 2L, 1L, 2L), results.stream().map(PushResult::version).toList());
    assertEquals(List.of(0, 1, 2, 3), results.stream().map(PushResult::index).toList());
    assertEquals("oat milk", notes.store.get(me + "/n1").text());
  }

  @Test
  void staleBaseVersionIsAConflictWithTheServersRecordAndNothingIsOverwritten() {
    apply(me, upsert("n1", null, "{'text':'milk'}"), upsert("n1", 1L, "{'text':'soy milk'}"));

    PushResult result = apply(me, upsert("n1", 1L, "{'text':'oat milk'}")).get(0);

    assertEquals("conflict", result.status());
    assertEquals(2L, result.version());
    assertEquals("soy milk", ((InMemoryNotes.Note) result.current()).text());
    assertEquals("soy milk", notes.store.get(me + "/n1").text());
  }

  @Test
  void staleDeleteIsAConflict() {
    apply(me, upsert("n1", null, "{'text':'milk'}"), upsert("n1", 1L, "{'text':'soy milk'}"));

    PushResult result = apply(me, delete("n1", 1L)).get(0);

    assertEquals("conflict", result.status());
    assertEquals(2L, result.version());
  }

  @Test
  void updateOfARecordDeletedOnTheServerIsAConflictWithoutCurrent() {
    PushResult result = apply(me, upsert("gone", 3L, "{'text':'x'}")).get(0);

    assertEquals("conflict", result.status());
    assertNull(result.current());
    assertNull(result.version());
  }

  @Test
  void replayingTheSamePushIsHarmless() {
    PushRequest.Change[] changes = {
      upsert("n1", null, "{'text':'milk','amount':'-12.50','tags':['food']}"),
      upsert("n1", 1L, "{'text':'oat milk','amount':-12.5,'tags':['food']}"),
      upsert("n2", null, "{'text':'bread'}"),
      delete("n2", 1L)
    };
    List<PushResult> first = apply(me, changes);
    int writes = notes.writes;

    List<PushResult> replay = apply(me, changes);

    assertEquals(writes, notes.writes, "a replay writes nothing");
    assertEquals(List.of("conflict", "applied", "conflict", "applied"), replay.stream().map(PushResult::status).toList());
    // The first create was superseded by the update in the same push: the server's state is the client's latest.
    assertEquals("oat milk", ((InMemoryNotes.Note) replay.get(0).current()).text());
    assertEquals(first.get(1).version(), replay.get(1).version());
    assertNull(replay.get(2).current(), "the deleted record is not brought back");
    assertEquals(false, notes.store.containsKey(me + "/n2"));
    assertNull(replay.get(3).version(), "a delete that finds the record gone has no version to tell");
  }

  @Test
  void replayingACreateAloneAnswersAppliedWithTheCurrentVersion() {
    PushRequest.Change create = upsert("n1", null, "{'text':'milk','amount':'-12.50','tags':['food']}");
    apply(me, create);

    PushResult replay = apply(me, upsert("n1", null, "{'text':'milk','amount':-12.5,'tags':['food']}")).get(0);

    assertEquals("applied", replay.status());
    assertEquals(1L, replay.version());
    assertEquals(1, notes.writes);
  }

  @Test
  void aReplayAfterSomeoneElseChangedAPushedFieldIsAConflict() {
    apply(me, upsert("n1", null, "{'text':'milk'}"));
    apply(me, upsert("n1", 1L, "{'text':'cream'}"));

    PushResult result = apply(me, upsert("n1", null, "{'text':'milk'}")).get(0);

    assertEquals("conflict", result.status());
    assertEquals("cream", ((InMemoryNotes.Note) result.current()).text());
  }

  @Test
  void invalidChangesAreRejectedWithFieldPathsAndTheOthersStillApply() {
    List<PushResult> results = apply(me,
        upsert("n1", null, "{'text':''}"),
        new PushRequest.Change("budget", "upsert", "b1", null, json("{}")),
        new PushRequest.Change("planet", "upsert", "p1", null, json("{}")),
        new PushRequest.Change("rule", "patch", "x".repeat(65), -1L, null),
        new PushRequest.Change("rule", "delete", "n3", null, json("{}")),
        new PushRequest.Change("rule", "upsert", "n4", null, null),
        null,
        upsert("ok", null, "{'text':'fine'}"));

    assertEquals(List.of(new FieldIssue("changes[0].data.text", "must not be blank")), results.get(0).details());
    assertEquals(List.of(new FieldIssue("changes[1].entity", "cannot be pushed")), results.get(1).details());
    assertEquals(List.of(new FieldIssue("changes[2].entity", "must be one of transaction, budget, category, rule")), results.get(2).details());
    assertEquals(List.of("changes[3].id", "changes[3].baseVersion", "changes[3].op"),
        results.get(3).details().stream().map(FieldIssue::field).toList());
    assertEquals(List.of("changes[4].baseVersion", "changes[4].data"), results.get(4).details().stream().map(FieldIssue::field).toList());
    assertEquals(List.of("changes[5].data"), results.get(5).details().stream().map(FieldIssue::field).toList());
    assertEquals(List.of("changes[6]"), results.get(6).details().stream().map(FieldIssue::field).toList());
    assertEquals("applied", results.get(7).status());
    assertEquals(List.of("rejected", "rejected", "rejected", "rejected", "rejected", "rejected", "rejected", "applied"),
        results.stream().map(PushResult::status).toList());
  }

  @Test
  void anotherUsersRecordIsInvisible() {
    apply(other, upsert("shared-id", null, "{'text':'theirs'}"));

    List<PushResult> results = apply(me, upsert("shared-id", 1L, "{'text':'mine'}"), delete("shared-id", 1L));

    assertEquals("conflict", results.get(0).status());
    assertNull(results.get(0).current(), "never another user's record");
    assertEquals("applied", results.get(1).status());
    assertEquals("theirs", notes.store.get(other + "/shared-id").text());
  }

  @Test
  void serviceExceptionsCountAsOutcomesAndUnexpectedOnesAsErrors() {
    List<RuntimeException> thrown = new ArrayList<>(List.of(
        InvalidInputException.of("amount", "must not be zero"),
        new EJBException(new RecordNotFoundException("Rule")),
        new ConflictException("stale", null),
        new IllegalStateException("bug")));
    SyncedRecordWriter throwing = new SyncedRecordWriter() {
      @Override
      public ChangeLog.Entity entity() {
        return ChangeLog.Entity.RULE;
      }

      @Override
      public WriteOutcome upsert(AccountId owner, String id, Long baseVersion, JsonObject data) {
        throw thrown.remove(0);
      }

      @Override
      public WriteOutcome delete(AccountId owner, String id, long baseVersion) {
        throw thrown.remove(0);
      }
    };
    notes.upsert(me, "n1", null, json("{'text':'milk'}"));
    SyncPush throwingPush = new SyncPush(SyncedRecords.of(List.of(notes), List.of(throwing)), tombstones);

    List<PushResult> results = throwingPush.apply(me, List.of(
        upsert("n1", 1L, "{'text':'x'}"), upsert("n9", 1L, "{'text':'x'}"), upsert("n1", 1L, "{'text':'x'}"), delete("n1", 1L)))
        .results();

    assertEquals(List.of(new FieldIssue("changes[0].data.amount", "must not be zero")), results.get(0).details());
    assertEquals(List.of("rejected", "conflict", "conflict", "error"), results.stream().map(PushResult::status).toList());
    assertNull(results.get(1).current());
    assertEquals(1L, results.get(2).version());
  }

  @Test
  void sameStateComparesMoneyByValueAndIgnoresServerFields() {
    JsonObject server = json("{'id':'n1','amount':'-12.50','tags':['a','b'],'createdAt':'2024-01-01T00:00:00Z','note':null}");

    assertEquals(true, SameState.alreadyHolds(server, json("{'amount':-12.5,'tags':['a','b'],'note':null}")));
    assertEquals(true, SameState.alreadyHolds(server, json("{'amount':'-12.5'}")));
    assertEquals(false, SameState.alreadyHolds(server, json("{'amount':'-12.51'}")));
    assertEquals(false, SameState.alreadyHolds(server, json("{'tags':['b','a']}")));
    assertEquals(false, SameState.alreadyHolds(server, json("{'missing':'x'}")));
    assertEquals(true, SameState.alreadyHolds(server, json("{'missing':null}")));
  }

  @Test
  void unknownEntityNamesAreNotEntities() {
    assertSame(ChangeLog.Entity.TRANSACTION, SyncPush.entityNamed("transaction").orElseThrow());
    assertEquals(true, SyncPush.entityNamed("TRANSACTION").isEmpty());
  }
}

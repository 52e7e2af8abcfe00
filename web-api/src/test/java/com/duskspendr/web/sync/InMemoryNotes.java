package com.duskspendr.web.sync;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.failure.DomainException.FieldIssue;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import jakarta.json.JsonObject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A test-only synced entity (stands in for rules): a reader and a writer over an in-memory store that
 * follows the writer contract, per owner.
 */
public final class InMemoryNotes implements SyncedRecordReader, SyncedRecordWriter {

  /** The representation, as a GET would return it. */
  public record Note(String id, String text, String amount, List<String> tags, long version) {}

  final Map<String, Note> store = new HashMap<>();
  int writes;

  private static String key(AccountId owner, String id) {
    return owner + "/" + id;
  }

  @Override
  public ChangeLog.Entity entity() {
    return ChangeLog.Entity.RULE;
  }

  @Override
  public Map<String, SyncedRecord> read(AccountId owner, Collection<String> ids) {
    Map<String, SyncedRecord> found = new HashMap<>();
    for (String id : ids) {
      Note note = store.get(key(owner, id));
      if (note != null) {
        found.put(id, new SyncedRecord(note.version(), note));
      }
    }
    return found;
  }

  @Override
  public WriteOutcome upsert(AccountId owner, String id, Long baseVersion, JsonObject data) {
    String text = data.containsKey("text") && !data.isNull("text") ? data.getString("text") : null;
    if (text == null || text.isBlank()) {
      return new WriteOutcome.Rejected(List.of(new FieldIssue("text", "must not be blank")));
    }
    String amount = data.containsKey("amount") ? data.get("amount").toString().replace("\"", "") : null;
    List<String> tags = data.containsKey("tags") ? data.getJsonArray("tags").getValuesAs(v -> v.toString().replace("\"", "")) : List.of();
    Note current = store.get(key(owner, id));
    if (baseVersion == null) {
      if (current != null) {
        return new WriteOutcome.Conflict();
      }
    } else if (current == null) {
      return new WriteOutcome.Missing();
    } else if (current.version() != baseVersion) {
      return new WriteOutcome.Conflict();
    }
    long version = current == null ? 1 : current.version() + 1;
    store.put(key(owner, id), new Note(id, text, amount, tags, version));
    writes++;
    return new WriteOutcome.Applied(version);
  }

  @Override
  public WriteOutcome delete(AccountId owner, String id, long baseVersion) {
    Note current = store.get(key(owner, id));
    if (current == null) {
      return new WriteOutcome.Missing();
    }
    if (current.version() != baseVersion) {
      return new WriteOutcome.Conflict();
    }
    store.remove(key(owner, id));
    writes++;
    return new WriteOutcome.Applied(current.version() + 1);
  }
}

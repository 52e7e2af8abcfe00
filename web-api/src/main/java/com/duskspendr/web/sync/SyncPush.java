package com.duskspendr.web.sync;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.failure.DomainException;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import com.duskspendr.transactions.sync.boundary.SyncLimits;
import com.duskspendr.web.api.ApiJson;
import com.duskspendr.web.envelope.FieldIssue;
import jakarta.ejb.EJBException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.OptimisticLockException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Applies a push, change by change, in order, each through its entity's writer in a transaction of its
 * own (this class runs without one), so that one bad change never undoes another.
 *
 * <h2>The rules</h2>
 *
 * <ul>
 *   <li>{@code upsert} without {@code baseVersion} creates the record with the client's id; with one, it
 *       updates the record only if the server still has that version. {@code delete} needs the version
 *       the client last saw.
 *   <li>The server never overwrites a version the client has not seen: a mismatch is a {@code conflict}
 *       answered with the server's current record, and the client merges and pushes again with the
 *       server's version as base. An upsert of a record deleted on the server is a conflict with
 *       {@code current: null} (the client drops it, or creates it anew without a base version).
 *   <li>Invalid changes are {@code rejected} with field details ({@code changes[3].data.amount}); the
 *       client must fix them, pushing the same again is rejected again.
 * </ul>
 *
 * <h2>Replaying a push is harmless</h2>
 *
 * A phone that lost the response pushes the same changes again. A replay never writes what the first push
 * did not, never overwrites and never brings a deleted record back:
 *
 * <ul>
 *   <li>A create or update whose pushed fields the record still holds: the writer finds the version moved
 *       on ({@code Conflict}), the push compares the pushed data with the server's record, sees that every
 *       pushed field already has the pushed value, and answers {@code applied} with the current version,
 *       without writing (the same answer as the first time, unless the record changed since).
 *   <li>A delete finds the record gone: {@code applied} (the version is then null).
 *   <li>A change superseded since (by a later change of the same record in the push, or by another
 *       device) answers {@code conflict} with the current record, as any stale change does; the client
 *       takes the server's state, which already includes its later change.
 *   <li>A create of a record deleted since: the change log still holds its tombstone, so the create is
 *       refused as {@code conflict} with {@code current: null} instead of resurrecting it. Ids of deleted
 *       records are therefore never reused through sync; clients make new ones.
 * </ul>
 *
 * The same convergence makes a stale change that happens to match the server's state {@code applied}:
 * nothing is overwritten, and client and server agree.
 */
public final class SyncPush {

  private static final Logger LOG = Logger.getLogger(SyncPush.class.getName());

  private static final String UPSERT = "upsert";
  private static final String DELETE = "delete";

  /** Whether the change log holds a tombstone for the record (see {@code ChangeFeed.lastChange}). */
  @FunctionalInterface
  public interface Tombstones {
    boolean isDeleted(AccountId owner, ChangeLog.Entity entity, String id);
  }

  private final SyncedRecords records;
  private final Tombstones tombstones;

  public SyncPush(SyncedRecords records, Tombstones tombstones) {
    this.records = records;
    this.tombstones = tombstones;
  }

  public PushResponse apply(AccountId owner, List<PushRequest.Change> changes) {
    List<PushResult> results = new ArrayList<>(changes.size());
    for (int i = 0; i < changes.size(); i++) {
      results.add(applyOne(owner, i, changes.get(i)));
    }
    return new PushResponse(results);
  }

  private PushResult applyOne(AccountId owner, int index, PushRequest.Change change) {
    String at = "changes[" + index + "]";
    if (change == null) {
      return PushResult.rejected(index, null, null, List.of(new FieldIssue(at, "must not be null")));
    }
    String entityName = change.entity();
    String id = change.id();
    List<FieldIssue> issues = new ArrayList<>();
    Optional<ChangeLog.Entity> entity = entityNamed(entityName);
    Optional<SyncedRecordWriter> writer = entity.flatMap(records::writer);
    if (entity.isEmpty()) {
      issues.add(new FieldIssue(at + ".entity", "must be one of transaction, budget, category, rule"));
    } else if (writer.isEmpty()) {
      issues.add(new FieldIssue(at + ".entity", "cannot be pushed"));
    }
    if (id == null || id.isBlank() || id.length() > SyncLimits.MAX_ID_LENGTH) {
      issues.add(new FieldIssue(at + ".id", "must have 1 to " + SyncLimits.MAX_ID_LENGTH + " characters"));
    }
    if (change.baseVersion() != null && change.baseVersion() < 0) {
      issues.add(new FieldIssue(at + ".baseVersion", "must not be negative"));
    }
    if (UPSERT.equals(change.op())) {
      if (change.data() == null) {
        issues.add(new FieldIssue(at + ".data", "is required for an upsert"));
      }
    } else if (DELETE.equals(change.op())) {
      if (change.baseVersion() == null) {
        issues.add(new FieldIssue(at + ".baseVersion", "is required for a delete"));
      }
      if (change.data() != null) {
        issues.add(new FieldIssue(at + ".data", "must be absent for a delete"));
      }
    } else {
      issues.add(new FieldIssue(at + ".op", "must be upsert or delete"));
    }
    if (!issues.isEmpty()) {
      return PushResult.rejected(index, entityName, id, issues);
    }

    if (UPSERT.equals(change.op()) && change.baseVersion() == null && tombstones.isDeleted(owner, entity.get(), id)) {
      return PushResult.conflict(index, entityName, id, null);
    }
    WriteOutcome outcome;
    try {
      outcome = UPSERT.equals(change.op())
          ? writer.get().upsert(owner, id, change.baseVersion(), change.data())
          : writer.get().delete(owner, id, change.baseVersion());
    } catch (RuntimeException failure) {
      Optional<WriteOutcome> known = outcomeOf(failure);
      if (known.isEmpty()) {
        LOG.log(Level.WARNING, "Pushed change " + index + " (" + entityName + " " + id + ") failed", failure);
        return PushResult.error(index, entityName, id);
      }
      outcome = known.get();
    }
    return result(owner, index, at, entity.get(), change, outcome);
  }

  private PushResult result(
      AccountId owner, int index, String at, ChangeLog.Entity entity, PushRequest.Change change, WriteOutcome outcome) {
    String entityName = change.entity();
    String id = change.id();
    boolean delete = DELETE.equals(change.op());
    if (outcome instanceof WriteOutcome.Applied applied) {
      return PushResult.applied(index, entityName, id, applied.version());
    }
    if (outcome instanceof WriteOutcome.Rejected rejected) {
      return PushResult.rejected(index, entityName, id, rejected.issues().stream()
          .map(issue -> new FieldIssue(dataField(at, issue.field()), issue.issue()))
          .toList());
    }
    if (outcome instanceof WriteOutcome.InvalidChange invalid) {
      return PushResult.rejected(index, entityName, id, invalid.issues().stream()
          .map(issue -> new FieldIssue(at + "." + issue.field(), issue.issue()))
          .toList());
    }
    if (outcome instanceof WriteOutcome.Missing) {
      return delete ? PushResult.applied(index, entityName, id, null) : PushResult.conflict(index, entityName, id, null);
    }
    SyncedRecord current = records.reader(entity).read(owner, List.of(id)).get(id);
    if (current == null) {
      // Deleted between the write attempt and this read.
      return delete ? PushResult.applied(index, entityName, id, null) : PushResult.conflict(index, entityName, id, null);
    }
    if (!delete && SameState.alreadyHolds(asJson(current.representation()), change.data())) {
      return PushResult.applied(index, entityName, id, current.version());
    }
    return PushResult.conflict(index, entityName, id, current);
  }

  private static String dataField(String at, String field) {
    if (field == null || field.isBlank()) {
      return at + ".data";
    }
    return at + ".data" + (field.startsWith("[") ? "" : ".") + field;
  }

  /** The component services' exceptions, unwrapped from the container's, as outcomes. */
  static Optional<WriteOutcome> outcomeOf(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof DomainException known) {
        return Optional.of(switch (known.kind()) {
          case INVALID -> new WriteOutcome.Rejected(known.issues());
          case NOT_FOUND -> new WriteOutcome.Missing();
          case CONFLICT -> new WriteOutcome.Conflict();
        });
      }
      if (t instanceof OptimisticLockException) {
        return Optional.of(new WriteOutcome.Conflict());
      }
      if (t instanceof EJBException ejb && ejb.getCause() == null && ejb.getCausedByException() != null) {
        return outcomeOf(ejb.getCausedByException());
      }
    }
    return Optional.empty();
  }

  static Optional<ChangeLog.Entity> entityNamed(String name) {
    for (ChangeLog.Entity entity : ChangeLog.Entity.values()) {
      if (entity.feedName().equals(name)) {
        return Optional.of(entity);
      }
    }
    return Optional.empty();
  }

  private static JsonObject asJson(Object representation) {
    if (representation instanceof JsonObject json) {
      return json;
    }
    try (var reader = Json.createReader(new StringReader(ApiJson.jsonb().toJson(representation)))) {
      return reader.readObject();
    }
  }
}

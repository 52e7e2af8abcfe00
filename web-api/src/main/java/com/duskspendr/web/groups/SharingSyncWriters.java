package com.duskspendr.web.groups;

import com.duskspendr.platform.failure.DomainException;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.sharing.boundary.ExpenseService;
import com.duskspendr.transactions.sharing.boundary.ExpenseView;
import com.duskspendr.transactions.sharing.boundary.GroupService;
import com.duskspendr.transactions.sharing.boundary.NewGroup;
import com.duskspendr.transactions.sharing.boundary.SettlementService;
import com.duskspendr.transactions.sync.boundary.ChangeFeed;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import com.duskspendr.transactions.sync.boundary.FeedPage;
import com.duskspendr.web.api.ApiJson;
import com.duskspendr.web.api.RecordIds;
import com.duskspendr.web.errors.JsonProblems;
import com.duskspendr.web.sync.SyncedRecordWriter;
import com.duskspendr.web.sync.WriteOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.bind.JsonbException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Groups, expenses and settlements made offline, applied through the sharing services exactly as the REST
 * endpoints apply them, under the ids the client chose. {@code data} is the record's request body; an
 * expense's and a settlement's also carry the {@code groupId} they belong to (as the feed shows them). The
 * services' failures go through to the push: not a member or no such record is missing, a stale version is
 * a conflict. What has its own endpoint online (archiving, leaving, inviting) is not a push: those changes
 * need the other members or the server to agree first.
 */
final class SharingSyncWriters {

  private static final String GROUP_ID = "groupId";

  private SharingSyncWriters() {}

  /** A group created offline: {@code POST /groups} under the change's id. */
  @ApplicationScoped
  public static class Groups implements SyncedRecordWriter {

    @Inject GroupService groups;

    @Override
    public ChangeLog.Entity entity() {
      return ChangeLog.Entity.GROUP;
    }

    @Override
    public WriteOutcome upsert(AccountId owner, String id, Long baseVersion, JsonObject data) {
      if (baseVersion != null) {
        return WriteOutcome.InvalidChange.of("baseVersion", "a group is changed online (archive, invitations)");
      }
      Optional<UUID> groupId = RecordIds.uuid(id);
      if (groupId.isEmpty()) {
        return rejected("id", "must be a UUID");
      }
      Body<GroupRequests.CreateGroup> body = bind(data, GroupRequests.CreateGroup.class);
      if (body.refused() != null) {
        return body.refused();
      }
      GroupRequests.CreateGroup request = body.value();
      return new WriteOutcome.Applied(
          groups.create(owner, groupId.get(), new NewGroup(request.name(), request.currency())).version());
    }

    @Override
    public WriteOutcome delete(AccountId owner, String id, long baseVersion) {
      return WriteOutcome.InvalidChange.of("op", "a group is left or archived online");
    }
  }

  /**
   * An expense added, edited or deleted offline: {@code POST /groups/{groupId}/expenses} under the change's
   * id, {@code PATCH} expecting the base version, {@code DELETE} (undoable for 30 days, as online).
   */
  @ApplicationScoped
  public static class Expenses implements SyncedRecordWriter {

    @Inject ExpenseService expenses;
    @Inject ChangeFeed feed;

    @Override
    public ChangeLog.Entity entity() {
      return ChangeLog.Entity.GROUP_EXPENSE;
    }

    @Override
    public WriteOutcome upsert(AccountId owner, String id, Long baseVersion, JsonObject data) {
      Optional<UUID> expenseId = RecordIds.uuid(id);
      if (expenseId.isEmpty()) {
        return baseVersion == null ? rejected("id", "must be a UUID") : new WriteOutcome.Missing();
      }
      InGroup<ExpenseRequest> change = inGroup(data, ExpenseRequest.class);
      if (change.refused() != null) {
        return change.refused();
      }
      ExpenseRequest request = change.value();
      if (baseVersion == null) {
        return new WriteOutcome.Applied(
            expenses.create(owner, change.groupId(), expenseId.get(), request.toNewExpense()).version());
      }
      if (request.version() != null && request.version().longValue() != baseVersion) {
        return rejected("version", "differs from the change's baseVersion");
      }
      return new WriteOutcome.Applied(
          expenses.update(owner, change.groupId(), expenseId.get(), request.toNewExpense(), baseVersion).version());
    }

    @Override
    public WriteOutcome delete(AccountId owner, String id, long baseVersion) {
      Optional<ExpenseView> expense = RecordIds.uuid(id)
          .flatMap(expenseId -> expenses.getAll(owner, List.of(expenseId)).stream().findFirst());
      if (expense.isEmpty()) {
        return new WriteOutcome.Missing();
      }
      expenses.delete(owner, expense.get().groupId(), expense.get().id(), baseVersion);
      long tombstone = feed.lastChange(owner, entity(), expense.get().id().toString())
          .map(FeedPage.FeedEntry::version)
          .orElse(baseVersion + 1);
      return new WriteOutcome.Applied(tombstone);
    }
  }

  /** A payment noted offline: {@code POST /groups/{groupId}/settlements} under the change's id; never changed. */
  @ApplicationScoped
  public static class Settlements implements SyncedRecordWriter {

    @Inject SettlementService settlements;

    @Override
    public ChangeLog.Entity entity() {
      return ChangeLog.Entity.SETTLEMENT;
    }

    @Override
    public WriteOutcome upsert(AccountId owner, String id, Long baseVersion, JsonObject data) {
      if (baseVersion != null) {
        return WriteOutcome.InvalidChange.of("baseVersion", "a settlement is never changed: record another one");
      }
      Optional<UUID> settlementId = RecordIds.uuid(id);
      if (settlementId.isEmpty()) {
        return rejected("id", "must be a UUID");
      }
      InGroup<SettlementsSchemas.SettlementRequest> change = inGroup(data, SettlementsSchemas.SettlementRequest.class);
      if (change.refused() != null) {
        return change.refused();
      }
      settlements.record(owner, change.groupId(), settlementId.get(), change.value().toNewSettlement());
      // Settlements are never changed: version 1, as the feed logs them.
      return new WriteOutcome.Applied(1);
    }

    @Override
    public WriteOutcome delete(AccountId owner, String id, long baseVersion) {
      return WriteOutcome.InvalidChange.of("op", "a settlement is never deleted: record one the other way");
    }
  }

  /** A pushed body read with the API's strict binding, or why it cannot be. */
  private record Body<T>(T value, WriteOutcome refused) {}

  /** A pushed body of a record that lives in a group, with that group's id taken out of it. */
  private record InGroup<T>(UUID groupId, T value, WriteOutcome refused) {}

  private static <T> InGroup<T> inGroup(JsonObject data, Class<T> type) {
    if (!(data.get(GROUP_ID) instanceof JsonString groupText)) {
      return new InGroup<>(null, null, rejected(GROUP_ID, "is required: the group the record belongs to"));
    }
    Optional<UUID> groupId = RecordIds.uuid(groupText.getString());
    if (groupId.isEmpty()) {
      return new InGroup<>(null, null, new WriteOutcome.Missing());
    }
    Body<T> body = bind(Json.createObjectBuilder(data).remove(GROUP_ID).build(), type);
    return new InGroup<>(groupId.get(), body.value(), body.refused());
  }

  private static <T> Body<T> bind(JsonObject data, Class<T> type) {
    try {
      return new Body<>(ApiJson.jsonb().fromJson(data.toString(), type), null);
    } catch (JsonbException unreadable) {
      var issue = JsonProblems.issueOf(unreadable);
      // A problem with data as a whole is named after data itself by the push.
      return new Body<>(null, rejected("body".equals(issue.field()) ? "" : issue.field(), issue.issue()));
    }
  }

  private static WriteOutcome rejected(String field, String issue) {
    return new WriteOutcome.Rejected(List.of(new DomainException.FieldIssue(field, issue)));
  }
}

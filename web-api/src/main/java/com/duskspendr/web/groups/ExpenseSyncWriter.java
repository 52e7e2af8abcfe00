package com.duskspendr.web.groups;

import com.duskspendr.platform.failure.DomainException;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.sharing.boundary.ExpenseService;
import com.duskspendr.transactions.sharing.boundary.ExpenseView;
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
 * Group expenses added, edited or deleted offline, applied through {@link ExpenseService} exactly as the
 * REST endpoints apply them: an upsert without a base version is {@code POST /groups/{groupId}/expenses}
 * under the change's id, one with a base version is {@code PATCH} expecting that version, a delete is
 * {@code DELETE} (undoable for 30 days, as online). {@code data} is the expense request body plus the
 * {@code groupId} it belongs to (as the feed shows it), required for an upsert. The service's failures go
 * through to the push: not a member or no such expense is missing, a stale version is a conflict.
 * Groups and settlements stay online-only: a group is made once, and a settlement records money that moved.
 */
@ApplicationScoped
public class ExpenseSyncWriter implements SyncedRecordWriter {

  private static final String GROUP_ID = "groupId";

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
    if (!(data.get(GROUP_ID) instanceof JsonString groupText)) {
      return rejected(GROUP_ID, "is required: the group the expense belongs to");
    }
    Optional<UUID> groupId = RecordIds.uuid(groupText.getString());
    if (groupId.isEmpty()) {
      return new WriteOutcome.Missing();
    }
    ExpenseRequest request;
    try {
      request = ApiJson.jsonb().fromJson(Json.createObjectBuilder(data).remove(GROUP_ID).build().toString(), ExpenseRequest.class);
    } catch (JsonbException unreadable) {
      var issue = JsonProblems.issueOf(unreadable);
      return rejected("body".equals(issue.field()) ? "" : issue.field(), issue.issue());
    }
    if (baseVersion == null) {
      return new WriteOutcome.Applied(
          expenses.create(owner, groupId.get(), expenseId.get(), request.toNewExpense()).version());
    }
    if (request.version() != null && request.version().longValue() != baseVersion) {
      return rejected("version", "differs from the change's baseVersion");
    }
    return new WriteOutcome.Applied(
        expenses.update(owner, groupId.get(), expenseId.get(), request.toNewExpense(), baseVersion).version());
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

  private static WriteOutcome rejected(String field, String issue) {
    return new WriteOutcome.Rejected(List.of(new DomainException.FieldIssue(field, issue)));
  }
}

package com.duskspendr.web.transactions;

import com.duskspendr.web.api.RecordIds;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.failure.DomainException;
import com.duskspendr.transactions.ledger.boundary.CreatedTransaction;
import com.duskspendr.transactions.ledger.boundary.TransactionService;
import com.duskspendr.transactions.sync.boundary.ChangeFeed;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import com.duskspendr.transactions.sync.boundary.FeedPage;
import com.duskspendr.web.api.ApiJson;
import com.duskspendr.web.errors.JsonProblems;
import com.duskspendr.web.sync.SyncedRecordWriter;
import com.duskspendr.web.sync.WriteOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Pushed transaction changes, applied through {@link TransactionService} exactly as the REST endpoints
 * apply them: an upsert without a base version is {@code POST /transactions} with the change's id (data as
 * its body takes it; source {@code manual} unless given), one with a base version is {@code PATCH} with that
 * version expected (merged when no field it changes was changed since), a delete is {@code DELETE} with it.
 * The ledger's exceptions go through to the push, which maps them (invalid → rejected, not found → missing,
 * conflict → conflict).
 */
@ApplicationScoped
public class TransactionSyncWriter implements SyncedRecordWriter {

  @Inject TransactionService transactions;
  @Inject ChangeFeed feed;

  @Override
  public ChangeLog.Entity entity() {
    return ChangeLog.Entity.TRANSACTION;
  }

  @Override
  public WriteOutcome upsert(AccountId owner, String id, Long baseVersion, JsonObject data) {
    return baseVersion == null ? create(owner, id, data) : update(owner, id, baseVersion, data);
  }

  @Override
  public WriteOutcome delete(AccountId owner, String id, long baseVersion) {
    Optional<UUID> transactionId = RecordIds.uuid(id);
    if (transactionId.isEmpty()) {
      return new WriteOutcome.Missing();
    }
    transactions.delete(owner, transactionId.get(), baseVersion);
    // The tombstone's version as the ledger logged it: the deleted version plus one, which is newer than
    // baseVersion + 1 when the delete was merged over the categorizer's writes.
    long tombstone = feed.lastChange(owner, entity(), transactionId.get().toString())
        .map(FeedPage.FeedEntry::version)
        .orElse(baseVersion + 1);
    return new WriteOutcome.Applied(tombstone);
  }

  private WriteOutcome create(AccountId owner, String id, JsonObject data) {
    CreateTransactionRequest request;
    try {
      request = ApiJson.jsonb().fromJson(data.toString(), CreateTransactionRequest.class);
    } catch (JsonbException unreadable) {
      return rejected(unreadable);
    }
    Optional<UUID> transactionId = RecordIds.uuid(id);
    if (transactionId.isEmpty()) {
      return rejected("id", "must be a UUID");
    }
    if (request.id() != null && !RecordIds.uuid(request.id()).equals(transactionId)) {
      return rejected("id", "differs from the change's id");
    }
    String canonical = transactionId.get().toString();
    // The push checks tombstones under the id as sent; the feed logs ids in their canonical (lower-case) form.
    if (!canonical.equals(id) && feed.lastChange(owner, entity(), canonical).map(FeedPage.FeedEntry::deleted).orElse(false)) {
      return new WriteOutcome.Conflict();
    }
    CreateTransactionRequest withId = new CreateTransactionRequest(canonical, request.amount(), request.currency(),
        request.date(), request.bookedAt(), request.merchantName(), request.description(), request.categoryId(),
        request.source(), request.notes(), request.tags(), request.externalId());
    CreatedTransaction created = transactions.create(owner, withId.toNewTransaction(), null);
    // A replay (the same content under this id) is the state the client wants: applied, nothing written.
    return new WriteOutcome.Applied(created.transaction().version());
  }

  private WriteOutcome update(AccountId owner, String id, long baseVersion, JsonObject data) {
    PatchTransactionRequest patch;
    try {
      patch = ApiJson.jsonb().fromJson(data.toString(), PatchTransactionRequest.class);
    } catch (JsonbException unreadable) {
      return rejected(unreadable);
    }
    if (patch.version() != null && patch.version() != baseVersion) {
      return rejected("version", "differs from the change's baseVersion");
    }
    Optional<UUID> transactionId = RecordIds.uuid(id);
    if (transactionId.isEmpty()) {
      return new WriteOutcome.Missing();
    }
    return new WriteOutcome.Applied(
        transactions.update(owner, transactionId.get(), patch.toPatch(), baseVersion).version());
  }

  private static WriteOutcome rejected(JsonbException unreadable) {
    var issue = JsonProblems.issueOf(unreadable);
    // A problem with data as a whole is named after data itself by the push.
    String field = "body".equals(issue.field()) ? "" : issue.field();
    return rejected(field, issue.issue());
  }

  private static WriteOutcome rejected(String field, String issue) {
    return new WriteOutcome.Rejected(List.of(new DomainException.FieldIssue(field, issue)));
  }
}

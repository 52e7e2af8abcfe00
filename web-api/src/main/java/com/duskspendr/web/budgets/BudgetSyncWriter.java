package com.duskspendr.web.budgets;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.budgets.boundary.BudgetService;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import com.duskspendr.web.sync.PushedData;
import com.duskspendr.web.sync.SyncedIds;
import com.duskspendr.web.sync.SyncedRecordWriter;
import com.duskspendr.web.sync.WriteOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.UUID;

/**
 * Pushed budget changes, applied through {@link BudgetService} as the REST endpoints apply them: an upsert
 * without a base version is {@code POST /budgets} under the change's id (a lower-case UUID the client chose;
 * data as the POST body takes it), one with a base version is {@code PATCH /budgets/{id}} with that version
 * expected, a delete is {@code DELETE} with it. Progress is the server's: pushed data cannot carry it.
 */
@ApplicationScoped
public class BudgetSyncWriter implements SyncedRecordWriter {

  @Inject BudgetService budgets;

  @Override
  public ChangeLog.Entity entity() {
    return ChangeLog.Entity.BUDGET;
  }

  @Override
  public WriteOutcome upsert(AccountId owner, String id, Long baseVersion, JsonObject data) {
    if (baseVersion == null) {
      Optional<UUID> budgetId = SyncedIds.canonicalUuid(id);
      if (budgetId.isEmpty()) {
        return WriteOutcome.InvalidChange.of("id", "must be a UUID in lower case");
      }
      CreateBudgetRequest request = PushedData.read(data, CreateBudgetRequest.class);
      return new WriteOutcome.Applied(budgets.create(owner, budgetId.get(), request.toNewBudget()).version());
    }
    Optional<UUID> budgetId = SyncedIds.uuid(id);
    if (budgetId.isEmpty()) {
      return new WriteOutcome.Missing();
    }
    PatchBudgetRequest patch = PushedData.read(data, PatchBudgetRequest.class);
    PushedData.requireSameVersion(patch.version(), baseVersion);
    return new WriteOutcome.Applied(budgets.update(owner, budgetId.get(), patch.toPatch(baseVersion)).version());
  }

  @Override
  public WriteOutcome delete(AccountId owner, String id, long baseVersion) {
    Optional<UUID> budgetId = SyncedIds.uuid(id);
    if (budgetId.isEmpty()) {
      return new WriteOutcome.Missing();
    }
    budgets.delete(owner, budgetId.get(), baseVersion);
    // The tombstone's version, as the budgets service logs it: the deleted version plus one.
    return new WriteOutcome.Applied(baseVersion + 1);
  }
}

package com.duskspendr.web.budgets;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.budgets.boundary.BudgetService;
import com.duskspendr.transactions.budgets.boundary.BudgetView;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import com.duskspendr.web.sync.SyncedIds;
import com.duskspendr.web.sync.SyncedRecord;
import com.duskspendr.web.sync.SyncedRecordReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Budgets for the changes feed and push conflicts: exactly what {@code GET /budgets/{id}} returns, progress
 * included. Progress moves with spending, which the feed does not report as budget changes: a client reads
 * it fresh from {@code GET /budgets}; what the feed carries is as of the moment it was read.
 */
@ApplicationScoped
public class BudgetSyncReader implements SyncedRecordReader {

  @Inject BudgetService budgets;

  @Override
  public ChangeLog.Entity entity() {
    return ChangeLog.Entity.BUDGET;
  }

  @Override
  public Map<String, SyncedRecord> read(AccountId owner, Collection<String> ids) {
    // Keyed as asked: a pushed id may be written in upper case, the feed's are as UUID.toString() writes them.
    Map<UUID, List<String>> asked = SyncedIds.byUuid(ids);
    if (asked.isEmpty()) {
      return Map.of();
    }
    Map<String, SyncedRecord> found = new HashMap<>();
    for (BudgetView budget : budgets.getAll(owner, asked.keySet())) {
      SyncedRecord record = new SyncedRecord(budget.version(), BudgetResponse.from(budget));
      asked.getOrDefault(budget.id(), List.of()).forEach(id -> found.put(id, record));
    }
    return found;
  }
}

package com.duskspendr.web.categories;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.categories.boundary.RuleService;
import com.duskspendr.transactions.categories.boundary.RuleView;
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

/** Merchant rules for the changes feed and push conflicts: exactly what {@code GET /rules/{id}} returns. */
@ApplicationScoped
public class RuleSyncReader implements SyncedRecordReader {

  @Inject RuleService rules;

  @Override
  public ChangeLog.Entity entity() {
    return ChangeLog.Entity.RULE;
  }

  @Override
  public Map<String, SyncedRecord> read(AccountId owner, Collection<String> ids) {
    // Keyed as asked: a pushed id may be written in upper case, the feed's are as UUID.toString() writes them.
    Map<UUID, List<String>> asked = SyncedIds.byUuid(ids);
    if (asked.isEmpty()) {
      return Map.of();
    }
    Map<String, SyncedRecord> found = new HashMap<>();
    for (RuleView rule : rules.getAll(owner, asked.keySet())) {
      SyncedRecord record = new SyncedRecord(rule.version(), RuleResponse.from(rule));
      asked.getOrDefault(rule.id(), List.of()).forEach(id -> found.put(id, record));
    }
    return found;
  }
}

package com.duskspendr.web.transactions;

import com.duskspendr.web.sync.SyncedIds;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.ledger.boundary.RecordedTransaction;
import com.duskspendr.transactions.ledger.boundary.TransactionService;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import com.duskspendr.web.sync.SyncedRecord;
import com.duskspendr.web.sync.SyncedRecordReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Transactions for the changes feed and push conflicts: exactly what {@code GET /transactions/{id}} returns. */
@ApplicationScoped
public class TransactionSyncReader implements SyncedRecordReader {

  @Inject TransactionService transactions;

  @Override
  public ChangeLog.Entity entity() {
    return ChangeLog.Entity.TRANSACTION;
  }

  @Override
  public Map<String, SyncedRecord> read(AccountId owner, Collection<String> ids) {
    // Keyed as asked: a pushed id may be written in upper case, the feed's are as UUID.toString() writes them.
    Map<UUID, List<String>> asked = SyncedIds.byUuid(ids);
    if (asked.isEmpty()) {
      return Map.of();
    }
    Map<String, SyncedRecord> found = new HashMap<>();
    for (RecordedTransaction t : transactions.getAll(owner, asked.keySet())) {
      SyncedRecord record = new SyncedRecord(t.version(), TransactionResponse.from(t));
      asked.getOrDefault(t.id(), List.of()).forEach(id -> found.put(id, record));
    }
    return found;
  }
}

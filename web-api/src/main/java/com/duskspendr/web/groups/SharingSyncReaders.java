package com.duskspendr.web.groups;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.sharing.boundary.ExpenseService;
import com.duskspendr.transactions.sharing.boundary.GroupService;
import com.duskspendr.transactions.sharing.boundary.SettlementService;
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
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Groups, their expenses and settlements in the changes feed: each exactly as its own GET answers it, for
 * the caller's groups only (a group they left reads as deleted). Pushed ones go through
 * {@link SharingSyncWriters}.
 */
final class SharingSyncReaders {

  private SharingSyncReaders() {}

  /** Keyed as asked (a pushed id may be in upper case): the views the service found for these ids. */
  static <V> Map<String, SyncedRecord> read(
      AccountId owner, Collection<String> ids, BiFunction<AccountId, Collection<UUID>, List<V>> found,
      Function<V, UUID> id, Function<V, Long> version, Function<V, Object> response) {
    Map<UUID, List<String>> asked = SyncedIds.byUuid(ids);
    if (asked.isEmpty()) {
      return Map.of();
    }
    Map<String, SyncedRecord> records = new HashMap<>();
    for (V view : found.apply(owner, asked.keySet())) {
      SyncedRecord record = new SyncedRecord(version.apply(view), response.apply(view));
      asked.getOrDefault(id.apply(view), List.of()).forEach(key -> records.put(key, record));
    }
    return records;
  }

  @ApplicationScoped
  public static class Groups implements SyncedRecordReader {

    @Inject GroupService groups;

    @Override
    public ChangeLog.Entity entity() {
      return ChangeLog.Entity.GROUP;
    }

    @Override
    public Map<String, SyncedRecord> read(AccountId owner, Collection<String> ids) {
      return SharingSyncReaders.read(owner, ids, groups::getAll, g -> g.id(), g -> g.version(), GroupResponse::from);
    }
  }

  @ApplicationScoped
  public static class Expenses implements SyncedRecordReader {

    @Inject ExpenseService expenses;

    @Override
    public ChangeLog.Entity entity() {
      return ChangeLog.Entity.GROUP_EXPENSE;
    }

    @Override
    public Map<String, SyncedRecord> read(AccountId owner, Collection<String> ids) {
      return SharingSyncReaders.read(owner, ids, expenses::getAll, e -> e.id(), e -> e.version(), ExpenseResponse::from);
    }
  }

  @ApplicationScoped
  public static class Settlements implements SyncedRecordReader {

    @Inject SettlementService settlements;

    @Override
    public ChangeLog.Entity entity() {
      return ChangeLog.Entity.SETTLEMENT;
    }

    @Override
    public Map<String, SyncedRecord> read(AccountId owner, Collection<String> ids) {
      // Settlements are never changed: version 1, as logged.
      return SharingSyncReaders.read(owner, ids, settlements::getAll, s -> s.id(), s -> 1L,
          SettlementsSchemas.SettlementResponse::from);
    }
  }
}

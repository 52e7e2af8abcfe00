package com.duskspendr.web.categories;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.categories.boundary.CategoryService;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import com.duskspendr.web.sync.SyncedRecord;
import com.duskspendr.web.sync.SyncedRecordReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Categories for the changes feed and push conflicts: exactly what {@code GET /categories/{id}} returns. The
 * feed holds a system category once the user renamed or hid it; it comes as the user sees it, versioned by
 * the user's preference.
 */
@ApplicationScoped
public class CategorySyncReader implements SyncedRecordReader {

  @Inject CategoryService categories;

  @Override
  public ChangeLog.Entity entity() {
    return ChangeLog.Entity.CATEGORY;
  }

  @Override
  public Map<String, SyncedRecord> read(AccountId owner, Collection<String> ids) {
    Map<String, SyncedRecord> found = new HashMap<>();
    categories.getAll(owner, ids)
        .forEach(view -> found.put(view.id(), new SyncedRecord(view.version(), CategoryResponse.from(view))));
    return found;
  }
}

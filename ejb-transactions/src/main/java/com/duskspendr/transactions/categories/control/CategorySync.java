package com.duskspendr.transactions.categories.control;

import com.duskspendr.auth.boundary.AccountId;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Reports every write of categories, preferences and rules to the sync change log, in the writer's
 * transaction.
 *
 * <p>Through {@code Instance} only while the change log is built on another branch: without an
 * implementation the application still deploys. The lead replaces this indirection with a plain
 * {@code @Inject ChangeLog} after merging.
 */
@ApplicationScoped
public class CategorySync {

  @Inject Instance<ChangeLog> changeLog;

  public void upserted(AccountId owner, ChangeLog.Entity entity, String id, long version) {
    if (changeLog.isResolvable()) {
      changeLog.get().upserted(owner, entity, id, version);
    }
  }

  public void deleted(AccountId owner, ChangeLog.Entity entity, String id, long lastVersion) {
    if (changeLog.isResolvable()) {
      changeLog.get().deleted(owner, entity, id, lastVersion + 1);
    }
  }
}

package com.duskspendr.transactions.categories.control;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reports every write of categories, preferences and rules to the sync change log, in the writer's
 * transaction; a deletion is logged one version past the record's last.
 */
@ApplicationScoped
public class CategorySync {

  @Inject ChangeLog changeLog;

  public void upserted(AccountId owner, ChangeLog.Entity entity, String id, long version) {
    changeLog.upserted(owner, entity, id, version);
  }

  public void deleted(AccountId owner, ChangeLog.Entity entity, String id, long lastVersion) {
    changeLog.deleted(owner, entity, id, lastVersion + 1);
  }
}

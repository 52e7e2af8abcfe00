package com.duskspendr.transactions.budgets.control;

import com.duskspendr.auth.boundary.AccountId;
import com.duskspendr.transactions.budgets.boundary.BudgetThresholdCrossed;
import com.duskspendr.transactions.events.DomainEvents;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Tells the rest of the context about budget writes (change log, for sync) and alerts (domain events), in
 * the writer's transaction.
 *
 * <p>Through {@code Instance} only while the change log and the event publisher are built on other
 * branches: without them the application still deploys. The lead replaces this indirection with plain
 * {@code @Inject} after merging.
 */
@ApplicationScoped
public class BudgetReporting {

  @Inject Instance<ChangeLog> changeLog;
  @Inject Instance<DomainEvents> domainEvents;

  public void upserted(AccountId owner, String budgetId, long version) {
    if (changeLog.isResolvable()) {
      changeLog.get().upserted(owner, ChangeLog.Entity.BUDGET, budgetId, version);
    }
  }

  public void deleted(AccountId owner, String budgetId, long lastVersion) {
    if (changeLog.isResolvable()) {
      changeLog.get().deleted(owner, ChangeLog.Entity.BUDGET, budgetId, lastVersion + 1);
    }
  }

  public void thresholdCrossed(AccountId owner, BudgetThresholdCrossed event) {
    if (domainEvents.isResolvable()) {
      domainEvents.get().publish(BudgetThresholdCrossed.TYPE, event.version(), owner, event);
    }
  }
}

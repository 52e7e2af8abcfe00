package com.duskspendr.transactions.budgets.control;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.events.BudgetThresholdCrossed;
import com.duskspendr.platform.outbox.Outbox;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Tells the rest of the context about budget writes (change log, for sync) and alerts (domain events), in
 * the writer's transaction; a deletion is logged one version past the budget's last.
 */
@ApplicationScoped
public class BudgetReporting {

  @Inject ChangeLog changeLog;
  @Inject Outbox outbox;

  public void upserted(AccountId owner, String budgetId, long version) {
    changeLog.upserted(owner, ChangeLog.Entity.BUDGET, budgetId, version);
  }

  public void deleted(AccountId owner, String budgetId, long lastVersion) {
    changeLog.deleted(owner, ChangeLog.Entity.BUDGET, budgetId, lastVersion + 1);
  }

  public void thresholdCrossed(AccountId owner, BudgetThresholdCrossed event) {
    outbox.publish(BudgetThresholdCrossed.EVENT, owner, event);
  }
}

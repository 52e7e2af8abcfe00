package com.duskspendr.transactions.ledger.control;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.outbox.Outbox;
import com.duskspendr.transactions.budgets.boundary.BudgetAlerts;
import com.duskspendr.transactions.events.TransactionChanged;
import com.duskspendr.transactions.ledger.entity.Transaction;
import com.duskspendr.transactions.sync.boundary.ChangeLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What every change of an existing transaction reports, whoever made it (the user through the ledger, or
 * the categorizer): the sync change-log entry, the budgets it may affect, and TransactionChanged, all in the
 * caller's transaction. The transaction must be flushed first (its version and the budgets' sums).
 */
@ApplicationScoped
public class LedgerChanges {

  /** What a change may move a transaction out of: the budgets of its category, period and currency before. */
  public record Before(String categoryId, LocalDate date, String currency) {

    public static Before of(Transaction t) {
      return new Before(t.categoryId(), t.date(), t.currency());
    }
  }

  /** One transaction of a batch, changed, with what it was before. */
  public record Changed(Transaction transaction, Before before) {}

  @Inject ChangeLog changeLog;
  @Inject BudgetAlerts budgetAlerts;
  @Inject Outbox outbox;

  public void changed(AccountId owner, Transaction transaction, Before before) {
    changeLog.upserted(owner, ChangeLog.Entity.TRANSACTION, transaction.id().toString(), transaction.version());
    budgetAlerts.transactionsChanged(owner, transaction.categoryId(), transaction.date(), transaction.currency());
    if (!Objects.equals(before.categoryId(), transaction.categoryId())
        || !before.date().equals(transaction.date())
        || !before.currency().equals(transaction.currency())) {
      // Moved out of a budget's category, period or currency: that budget is re-evaluated too.
      budgetAlerts.transactionsChanged(owner, before.categoryId(), before.date(), before.currency());
    }
    outbox.publish(TransactionChanged.EVENT, owner, TransactionAssembler.changed(transaction));
  }

  /**
   * What {@link #changed} reports, for a batch of one owner's transactions: one change-log range, the
   * budgets read once per currency and each evaluated once (see {@link BudgetAlerts}), the events in one
   * outbox batch.
   */
  public void changedAll(AccountId owner, List<Changed> batch) {
    Map<String, Long> versions = new LinkedHashMap<>();
    Set<BudgetAlerts.Placement> placements = new LinkedHashSet<>();
    for (Changed c : batch) {
      Transaction t = c.transaction();
      versions.put(t.id().toString(), t.version());
      placements.add(new BudgetAlerts.Placement(t.categoryId(), t.date(), t.currency()));
      Before before = c.before();
      placements.add(new BudgetAlerts.Placement(before.categoryId(), before.date(), before.currency()));
    }
    budgetAlerts.transactionsChanged(owner, placements);
    outbox.publishAll(TransactionChanged.EVENT, owner,
        batch.stream().map(c -> TransactionAssembler.changed(c.transaction())).toList());
    // Last: the change log holds the user's change counter until commit.
    changeLog.upsertedAll(owner, ChangeLog.Entity.TRANSACTION, versions);
  }
}

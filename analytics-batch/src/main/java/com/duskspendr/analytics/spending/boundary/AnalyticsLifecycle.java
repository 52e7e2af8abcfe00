package com.duskspendr.analytics.spending.boundary;

import com.duskspendr.analytics.exports.entity.ExportStore;
import com.duskspendr.analytics.reports.entity.ReportStore;
import com.duskspendr.analytics.spending.entity.AggregateStore;
import com.duskspendr.auth.events.AccountDeleted;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Erases a deleted account's aggregates, statements and exports. MANDATORY: joins the transaction that deletes the account, so both
 * commit or neither does.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AnalyticsLifecycle {

  @Inject AggregateStore store;
  @Inject ReportStore reports;
  @Inject ExportStore exports;

  public void onAccountDeleted(@Observes AccountDeleted event) {
    store.eraseUser(event.accountId().value());
    reports.eraseUser(event.accountId().value());
    exports.eraseUser(event.accountId().value());
  }
}

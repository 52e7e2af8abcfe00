package com.duskspendr.transactions.sync.control;

import com.duskspendr.auth.events.AccountDeleted;
import com.duskspendr.transactions.sync.entity.SyncChangeRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Erases a deleted account's changes feed, in the deleting transaction (MANDATORY, as every context's
 * account observer: the erasure commits or rolls back with the account). A session bean so that the
 * container's transaction attribute applies to the observer method.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SyncLifecycle {

  @Inject SyncChangeRepository changes;

  public void onAccountDeleted(@Observes AccountDeleted event) {
    changes.deleteAllOf(event.accountId().value());
  }
}

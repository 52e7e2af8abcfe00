package com.duskspendr.transactions.imports.boundary;

import com.duskspendr.auth.events.AccountDeleted;
import com.duskspendr.transactions.imports.entity.StatementImportRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Erases a deleted account's import records, in the transaction that deletes the account (MANDATORY, as
 * the ledger's LedgerLifecycle does for its tables).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ImportLifecycle {

  @Inject StatementImportRepository imports;

  public void onAccountDeleted(@Observes AccountDeleted event) {
    imports.deleteAllOf(event.accountId().value());
  }
}

package com.duskspendr.transactions.ledger.control;

import com.duskspendr.auth.events.AccountDeleted;
import com.duskspendr.auth.events.AccountVerified;
import com.duskspendr.transactions.ledger.entity.VerifiedOwnerRepository;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import com.duskspendr.transactions.ledger.entity.CategoryCorrectionRepository;
import com.duskspendr.transactions.ledger.entity.IdempotencyKeyRepository;
import com.duskspendr.transactions.ledger.entity.TransactionRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Keeps the ledger in step with the account's life: records a verified email (its corrections then count
 * toward the shared model), and erases a deleted account's ledger: transactions, idempotency keys,
 * corrections, verification. MANDATORY: joins the
 * transaction that deletes the account, so both commit or neither does (see users' ProfileLifecycle).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class LedgerLifecycle {

  private static final Logger LOG = Logger.getLogger(LedgerLifecycle.class.getName());

  @Inject TransactionRepository transactions;
  @Inject IdempotencyKeyRepository idempotencyKeys;
  @Inject CategoryCorrectionRepository corrections;
  @Inject VerifiedOwnerRepository verifiedOwners;

  public void onAccountVerified(@Observes AccountVerified event) {
    verifiedOwners.add(event.accountId().value(), OffsetDateTime.now(ZoneOffset.UTC));
  }

  public void onAccountDeleted(@Observes AccountDeleted event) {
    var userId = event.accountId().value();
    int deleted = transactions.deleteAllOf(userId);
    idempotencyKeys.deleteAllOf(userId);
    corrections.deleteAllOf(userId);
    verifiedOwners.deleteAllOf(userId);
    LOG.fine(() -> "Erased the ledger of account " + userId + ": " + deleted + " transaction(s)");
  }
}

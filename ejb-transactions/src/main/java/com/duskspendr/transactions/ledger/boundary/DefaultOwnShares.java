package com.duskspendr.transactions.ledger.boundary;

import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.platform.failure.RecordNotFoundException;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.money.Money;
import com.duskspendr.transactions.ledger.control.LedgerChanges;
import com.duskspendr.transactions.ledger.control.TransactionAssembler;
import com.duskspendr.transactions.ledger.entity.Transaction;
import com.duskspendr.transactions.ledger.entity.TransactionRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Own shares, written under the transaction's row lock like every ledger change. */
@Stateless
public class DefaultOwnShares implements OwnShares {

  @Inject TransactionRepository transactions;
  @Inject LedgerChanges ledgerChanges;

  @Override
  public RecordedTransaction assign(AccountId owner, UUID transactionId, BigDecimal ownShare) {
    Transaction transaction = transactions.findForUpdate(owner.value(), transactionId)
        .orElseThrow(() -> new RecordNotFoundException("Transaction"));
    return TransactionAssembler.toRecord(apply(owner, transaction, ownShare));
  }

  @Override
  public void assignIfPresent(AccountId owner, UUID transactionId, BigDecimal ownShare) {
    Optional<Transaction> transaction = transactions.findForUpdate(owner.value(), transactionId);
    transaction.ifPresent(t -> apply(owner, t, ownShare));
  }

  private Transaction apply(AccountId owner, Transaction transaction, BigDecimal ownShare) {
    if (ownShare != null) {
      boolean fits = new Money(ownShare, java.util.Currency.getInstance(transaction.currency())).fitsMinorUnits();
      boolean sameSign = ownShare.signum() == 0 || ownShare.signum() == transaction.amount().signum();
      if (!fits || !sameSign || ownShare.abs().compareTo(transaction.amount().abs()) > 0) {
        throw InvalidInputException.of("ownShare", "must be a part of the transaction's amount, in its currency");
      }
    }
    if (Objects.equals(normalized(transaction.ownShare()), normalized(ownShare))) {
      return transaction;
    }
    LedgerChanges.Before before = LedgerChanges.Before.of(transaction);
    transaction.shareOwn(ownShare);
    transactions.flush();
    ledgerChanges.changed(owner, transaction, before);
    return transaction;
  }

  private static BigDecimal normalized(BigDecimal amount) {
    return amount == null ? null : amount.stripTrailingZeros();
  }
}

package com.duskspendr.transactions.sharing.control;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.ledger.boundary.NewTransaction;
import com.duskspendr.transactions.ledger.boundary.OwnShares;
import com.duskspendr.transactions.ledger.boundary.RecordedTransaction;
import com.duskspendr.transactions.ledger.boundary.TransactionService;
import com.duskspendr.transactions.sharing.entity.ExpenseShare;
import com.duskspendr.transactions.sharing.entity.SharedExpense;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What shared expenses write into the members' own ledgers, through the ledger's boundary (so every write
 * is reported to sync, budgets and analytics as any other): the payer's linked transaction counting only
 * the payer's share, accepted shares, and settlements as transfers that count as neither spending nor income.
 */
@ApplicationScoped
public class SharingLedger {

  /** Where a settlement is filed in the payer's and in the receiver's ledger. */
  public static final String TRANSFER_OUT = "transfer_out.other_transfer_out";
  public static final String TRANSFER_IN = "transfer_in.other_transfer_in";

  @Inject TransactionService transactions;
  @Inject OwnShares ownShares;

  /** The linked transaction counts its owner's share of the expense (zero without one), as money out. */
  public void countOwnShare(SharedExpense expense) {
    if (expense.linkedTransactionId() == null) {
      return;
    }
    BigDecimal share = expense.shares().stream()
        .filter(s -> s.userId().equals(expense.linkedBy()))
        .map(ExpenseShare::amount)
        .findFirst()
        .orElse(BigDecimal.ZERO);
    ownShares.assignIfPresent(new AccountId(expense.linkedBy()), expense.linkedTransactionId(), share.negate());
  }

  /** A deleted expense: the linked transaction counts whole again. */
  public void countWhole(SharedExpense expense) {
    if (expense.linkedTransactionId() != null) {
      ownShares.assignIfPresent(new AccountId(expense.linkedBy()), expense.linkedTransactionId(), null);
    }
  }

  /** A member's share as money out in their own ledger. */
  public RecordedTransaction recordShare(
      AccountId member, SharedExpense expense, String groupName, BigDecimal share, String categoryId) {
    return transactions.create(member, new NewTransaction(
        null, share.negate(), expense.currency(), expense.date().toString(), null, groupName,
        expense.description(), categoryId, "manual", "My share of a shared expense", List.of(), null), null).transaction();
  }

  /** One side of a settlement: a transfer that is not the owner's spending or income (own share zero). */
  public UUID recordTransfer(
      AccountId owner, BigDecimal signedAmount, String currency, LocalDate date, String groupName, String note) {
    RecordedTransaction created = transactions.create(owner, new NewTransaction(
        null, signedAmount, currency, date.toString(), null, groupName, note,
        signedAmount.signum() < 0 ? TRANSFER_OUT : TRANSFER_IN, "manual", null, List.of(), null), null).transaction();
    ownShares.assign(owner, created.id(), BigDecimal.ZERO);
    return created.id();
  }
}

package com.duskspendr.transactions.ledger.control;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.events.CategorizationRequested;
import com.duskspendr.transactions.events.TransactionChanged;
import com.duskspendr.transactions.events.TransactionRecorded;
import com.duskspendr.transactions.events.TransactionRemoved;
import com.duskspendr.transactions.ledger.boundary.Categorization;
import com.duskspendr.transactions.ledger.boundary.CategorizationStatus;
import com.duskspendr.transactions.ledger.boundary.RecordedTransaction;
import com.duskspendr.transactions.ledger.boundary.Source;
import com.duskspendr.transactions.ledger.entity.Transaction;
import com.duskspendr.platform.money.Money;
import java.math.BigDecimal;
import java.util.List;

/** Turns the entity into the records that leave the ledger: the boundary record, events, queue messages. */
public final class TransactionAssembler {

  private TransactionAssembler() {}

  /** A new transaction as a validated create describes it: the user's category is manual, none is pending. */
  public static Transaction newTransaction(AccountId owner, java.util.UUID id, ValidNewTransaction valid) {
    Transaction t = new Transaction(id, owner.value(), valid.source().wireName(), valid.externalId());
    t.changeAmount(valid.amount(), valid.currency());
    t.changeDate(valid.date());
    t.changeBookedAt(valid.bookedAt());
    t.changeMerchantName(valid.merchantName());
    t.changeDescription(valid.description());
    t.changeNotes(valid.notes());
    t.changeTags(valid.tags());
    CategorizationStatus status =
        valid.categoryId() == null ? CategorizationStatus.PENDING : CategorizationStatus.MANUAL;
    t.categorize(valid.categoryId(), status.wireName(), null, null);
    return t;
  }

  public static RecordedTransaction toRecord(Transaction t) {
    return new RecordedTransaction(
        t.id(),
        new AccountId(t.userId()),
        displayAmount(t.amount(), t.currency()),
        t.currency(),
        t.date(),
        t.bookedAt(),
        t.merchantName(),
        t.description(),
        t.categoryId(),
        Source.fromWireName(t.source()).orElseThrow(),
        t.notes(),
        List.copyOf(t.tags()),
        t.externalId(),
        new Categorization(
            CategorizationStatus.fromWireName(t.categorizationStatus()),
            t.categorizationConfidence() == null ? null : t.categorizationConfidence().stripTrailingZeros(),
            t.categorizationModelVersion(),
            SuggestionsJson.read(t.categorizationSuggestions())),
        t.version(),
        t.createdAt(),
        t.updatedAt(),
        t.ownShare() == null ? null : displayAmount(t.ownShare(), t.currency()));
  }

  /** Exactly the currency's minor digits ({@code -12.5000} stored is {@code -12.50} in USD). */
  public static BigDecimal displayAmount(BigDecimal amount, String currency) {
    // Validation guarantees the amount fits, so no digit is ever lost here.
    return Money.atMinorUnits(amount, currency);
  }

  public static TransactionRecorded recorded(Transaction t) {
    return new TransactionRecorded(
        t.userId().toString(), t.id().toString(), t.version(), amountText(t), t.currency(), t.date().toString(),
        t.merchantName(), t.categoryId());
  }

  public static TransactionChanged changed(Transaction t) {
    return new TransactionChanged(
        t.userId().toString(), t.id().toString(), t.version(), amountText(t), t.currency(), t.date().toString(),
        t.merchantName(), t.categoryId());
  }

  public static TransactionRemoved removed(Transaction t, long version) {
    return new TransactionRemoved(
        t.userId().toString(), t.id().toString(), version, amountText(t), t.currency(), t.date().toString(),
        t.merchantName(), t.categoryId());
  }

  public static CategorizationRequested categorizationRequest(Transaction t) {
    return new CategorizationRequested(
        t.id().toString(), t.userId().toString(), t.merchantName(), t.description(), amountText(t), t.currency());
  }

  private static String amountText(Transaction t) {
    return displayAmount(t.amount(), t.currency()).toPlainString();
  }
}

package com.duskspendr.transactions.imports.boundary;

import com.duskspendr.platform.identity.AccountId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Where imported lines go: implemented by the ledger (exactly one bean), which owns the transactions. Import
 * decides what is new; the ledger validates and stores it.
 */
public interface ImportSink {

  /**
   * The owner's stored transactions dated from {@code from} to {@code to} (inclusive), as duplicate
   * detection needs them: external id (null when it has none), date, amount, currency and merchant. Bounded
   * by the file's date range, which the import caps by line count; an index on (user, date) keeps it fast.
   */
  Collection<StoredTransactionKey> existing(AccountId owner, LocalDate from, LocalDate to);

  /**
   * Stores each line as a new transaction with source {@code bank_import} and the line's external id,
   * categorized as any new transaction is. A line the ledger refuses (its validation) is returned as a
   * failure with the line's number and does not keep the others from being stored; a line whose external id
   * the user has meanwhile is a duplicate. Called without a transaction, so the sink decides the transaction
   * boundaries (one per batch, with a per-line retry of a refused batch).
   */
  StoredLines store(AccountId owner, List<ParsedLine> lines);
}

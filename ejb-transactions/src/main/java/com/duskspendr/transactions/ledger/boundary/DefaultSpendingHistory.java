package com.duskspendr.transactions.ledger.boundary;

import com.duskspendr.auth.boundary.AccountId;
import com.duskspendr.transactions.ledger.entity.HistoryRows;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Reads a user's history within the bounds {@link SpendingHistory} documents. */
@Stateless
// Only reads: joins the caller's transaction when there is one (an MDB's), needs none otherwise.
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultSpendingHistory implements SpendingHistory {

  @Inject HistoryRows rows;

  @Override
  public HistoryWindow between(AccountId owner, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(from + " is after " + to);
    }
    LocalDate earliest = to.minusMonths(MAX_MONTHS);
    LocalDate start = from.isBefore(earliest) ? earliest : from;
    List<HistoryRows.Row> newestFirst = rows.between(owner.value(), start, to, MAX_ROWS + 1);
    boolean truncated = newestFirst.size() > MAX_ROWS;
    List<HistoryEntry> entries = new ArrayList<>(Math.min(newestFirst.size(), MAX_ROWS));
    for (HistoryRows.Row row : newestFirst.subList(0, Math.min(newestFirst.size(), MAX_ROWS))) {
      entries.add(
          HistoryEntry.of(row.id(), row.date(), row.amount(), row.currency(), row.merchantName(), row.categoryId()));
    }
    Collections.reverse(entries);
    return new HistoryWindow(start, to, entries, truncated);
  }
}

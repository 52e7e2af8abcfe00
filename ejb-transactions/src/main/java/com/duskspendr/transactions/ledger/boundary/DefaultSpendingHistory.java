package com.duskspendr.transactions.ledger.boundary;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.ledger.entity.HistoryRows;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.UUID;
import java.util.Collections;
import java.util.List;

/** Reads a user's history within the bounds {@link SpendingHistory} documents. */
@Stateless
// Only reads: joins the caller's transaction when there is one (an MDB's), needs none otherwise.
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultSpendingHistory implements SpendingHistory, CurrentTransactions {

  @Inject HistoryRows rows;

  @Override
  public HistoryWindow between(AccountId owner, LocalDate from, LocalDate to, int maxRows, Instant recordedBy) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(from + " is after " + to);
    }
    if (maxRows < 1) {
      throw new IllegalArgumentException("maxRows must be positive, was " + maxRows);
    }
    int limit = Math.min(maxRows, MAX_ROWS);
    LocalDate earliest = to.minusMonths(MAX_MONTHS);
    LocalDate start = from.isBefore(earliest) ? earliest : from;
    List<HistoryRows.Row> newestFirst = rows.between(owner.value(), start, to, limit + 1, recordedBy);
    boolean truncated = newestFirst.size() > limit;
    int kept = Math.min(newestFirst.size(), limit);
    List<HistoryEntry> entries = new ArrayList<>(kept);
    for (HistoryRows.Row row : newestFirst.subList(0, kept)) {
      entries.add(
          HistoryEntry.of(row.id(), row.date(), row.amount(), row.currency(), row.merchantName(), row.categoryId()));
    }
    Collections.reverse(entries);
    return new HistoryWindow(start, to, entries, truncated);
  }

  @Override
  public List<HistoryEntry> current(AccountId owner, Collection<UUID> ids) {
    return rows.byIds(owner.value(), ids).stream()
        .map(row -> HistoryEntry.of(
            row.id(), row.date(), row.amount(), row.currency(), row.merchantName(), row.categoryId()))
        .toList();
  }
}

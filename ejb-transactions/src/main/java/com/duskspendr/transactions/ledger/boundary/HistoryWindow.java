package com.duskspendr.transactions.ledger.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@link SpendingHistory} read.
 *
 * @param from the first day actually covered (later than asked when the range was capped)
 * @param entries oldest first (date, then id)
 * @param truncated whether the row cap left older transactions out; {@code from} is then not reliable
 */
public record HistoryWindow(LocalDate from, LocalDate to, List<HistoryEntry> entries, boolean truncated) {

  public HistoryWindow {
    entries = List.copyOf(entries);
  }
}

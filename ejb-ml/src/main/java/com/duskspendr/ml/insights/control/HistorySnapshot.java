package com.duskspendr.ml.insights.control;

import com.duskspendr.transactions.ledger.boundary.HistoryEntry;
import com.duskspendr.transactions.ledger.boundary.HistoryWindow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A user's complete history over a range, as one read returned it (oldest first, in the ledger's order:
 * date, then id), from which the window of any narrower read can be cut without reading again: the same
 * rows, in the same order, that {@link com.duskspendr.transactions.ledger.boundary.SpendingHistory#between}
 * would return for it.
 */
public final class HistorySnapshot {

  private final LocalDate from;
  private final LocalDate to;
  private final List<HistoryEntry> oldestFirst;

  /** @param window a read that was not truncated (it holds every row of its range) */
  public HistorySnapshot(HistoryWindow window) {
    if (window.truncated()) {
      throw new IllegalArgumentException("a truncated window does not hold its whole range");
    }
    this.from = window.from();
    this.to = window.to();
    this.oldestFirst = window.entries();
  }

  /** Whether every row dated from {@code start} to {@code end} is here. */
  public boolean covers(LocalDate start, LocalDate end) {
    return !start.isBefore(from) && !end.isAfter(to);
  }

  /**
   * The newest {@code maxRows} rows dated from {@code start} to {@code end}, oldest first: what a read of
   * that range would return. Only for a range this snapshot {@link #covers}.
   */
  public List<HistoryEntry> window(LocalDate start, LocalDate end, int maxRows) {
    if (!covers(start, end)) {
      throw new IllegalArgumentException(start + ".." + end + " is not within " + from + ".." + to);
    }
    // the last row dated on or before end (rows are in date order), then back to start or maxRows rows
    int last = lastOnOrBefore(end);
    List<HistoryEntry> newestFirst = new ArrayList<>(Math.min(maxRows, last + 1));
    for (int i = last; i >= 0 && newestFirst.size() < maxRows; i--) {
      HistoryEntry entry = oldestFirst.get(i);
      if (entry.date().isBefore(start)) {
        break;
      }
      newestFirst.add(entry);
    }
    Collections.reverse(newestFirst);
    return newestFirst;
  }

  public int size() {
    return oldestFirst.size();
  }

  private int lastOnOrBefore(LocalDate end) {
    int low = 0;
    int high = oldestFirst.size() - 1;
    int found = -1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (oldestFirst.get(middle).date().isAfter(end)) {
        high = middle - 1;
      } else {
        found = middle;
        low = middle + 1;
      }
    }
    return found;
  }

  @Override
  public String toString() {
    return "HistorySnapshot[" + from + ".." + to + ", " + oldestFirst.size() + " rows]";
  }
}

package com.duskspendr.ml.insights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.ledger.boundary.HistoryEntry;
import com.duskspendr.transactions.ledger.boundary.HistoryWindow;
import com.duskspendr.transactions.ledger.boundary.SpendingHistory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecentHistoriesTest {

  private static final AccountId OWNER = new AccountId(UUID.randomUUID());
  private static final Instant BATCH = Instant.parse("2026-11-02T10:00:00Z");

  /** The ledger's reads over an in-memory table, in its order (date, then id), and how many rows each read. */
  private static final class Ledger implements SpendingHistory {
    final List<HistoryEntry> rows = new ArrayList<>();
    final List<Integer> reads = new ArrayList<>();

    @Override
    public HistoryWindow between(AccountId owner, LocalDate from, LocalDate to, int maxRows, Instant recordedBy) {
      LocalDate earliest = to.minusMonths(MAX_MONTHS);
      LocalDate start = from.isBefore(earliest) ? earliest : from;
      int limit = Math.min(maxRows, MAX_ROWS);
      List<HistoryEntry> newestFirst = rows.stream()
          .filter(e -> !e.date().isBefore(start) && !e.date().isAfter(to))
          .sorted(Comparator.comparing(HistoryEntry::date).thenComparing(HistoryEntry::id).reversed())
          .toList();
      List<HistoryEntry> kept = new ArrayList<>(newestFirst.subList(0, Math.min(limit, newestFirst.size())));
      java.util.Collections.reverse(kept);
      reads.add(kept.size());
      return new HistoryWindow(start, to, kept, newestFirst.size() > limit);
    }
  }

  private static Ledger ledgerWithADayEach(int days) {
    Ledger ledger = new Ledger();
    for (int d = 0; d < days; d++) {
      for (int i = 0; i < 3; i++) {
        ledger.rows.add(HistoryEntry.of(UUID.randomUUID(), LocalDate.parse("2025-01-01").plusDays(d),
            new BigDecimal("-" + (1 + d % 40) + ".50"), "USD", "Shop " + (d % 7), null));
      }
    }
    return ledger;
  }

  @Test
  void aBatchOfOneInstantIsCutFromOneSnapshotWithTheRowsEachReadWouldReturn() {
    // 450 days: every line's window lies within the snapshot the second one reads
    Ledger ledger = ledgerWithADayEach(450);
    RecentHistories histories = RecentHistories.reading(ledger, Duration.ofMinutes(5));
    Ledger direct = new Ledger();
    direct.rows.addAll(ledger.rows);

    for (int d = 0; d < 450; d += 37) {
      LocalDate date = LocalDate.parse("2025-01-01").plusDays(d);
      // a small row budget, so that the newest-first cut matters
      List<HistoryEntry> expected = direct.between(OWNER, date.minusMonths(15), date.plusDays(3), 200, BATCH).entries();
      assertEquals(expected, histories.between(OWNER, date.minusMonths(15), date.plusDays(3), 200, BATCH), "day " + d);
    }
    // the first event read its own window, the second the snapshot (all 1,350 rows); the rest none
    assertEquals(2, ledger.reads.size());
    assertEquals(1350, ledger.reads.get(1));
  }

  @Test
  void eventsOfDifferentInstantsEachReadTheirOwnWindow() {
    Ledger ledger = ledgerWithADayEach(100);
    RecentHistories histories = RecentHistories.reading(ledger, Duration.ofMinutes(5));
    LocalDate date = LocalDate.parse("2025-03-01");
    for (int i = 0; i < 3; i++) {
      histories.between(OWNER, date.minusMonths(15), date, 2000, BATCH.plusSeconds(i));
    }
    assertEquals(3, ledger.reads.size());
  }

  @Test
  void aHistoryTooLargeForASnapshotIsReadWindowByWindow() {
    Ledger ledger = new Ledger();
    for (int i = 0; i <= SpendingHistory.MAX_ROWS; i++) {
      ledger.rows.add(HistoryEntry.of(UUID.randomUUID(), LocalDate.parse("2025-06-01"), new BigDecimal("-1"), "USD",
          "Shop", null));
    }
    RecentHistories histories = RecentHistories.reading(ledger, Duration.ofMinutes(5));
    LocalDate date = LocalDate.parse("2025-06-01");
    for (int i = 0; i < 4; i++) {
      assertEquals(10, histories.between(OWNER, date.minusMonths(15), date, 10, BATCH).size());
    }
    // own window, the failed snapshot, then own windows only
    assertEquals(List.of(10, SpendingHistory.MAX_ROWS, 10, 10, 10), ledger.reads);
  }

  @Test
  void anEventArrivingWhileTheSnapshotIsReadReadsItsOwnWindowInsteadOfASecondSnapshot() {
    Ledger ledger = ledgerWithADayEach(100);
    LocalDate date = LocalDate.parse("2025-03-01");
    List<Integer> nested = new ArrayList<>();
    RecentHistories[] histories = new RecentHistories[1];
    SpendingHistory reading = (owner, from, to, maxRows, recordedBy) -> {
      HistoryWindow window = ledger.between(owner, from, to, maxRows, recordedBy);
      if (maxRows == SpendingHistory.MAX_ROWS && nested.isEmpty()) {
        // another event of the batch, examined while this snapshot is being read
        nested.add(histories[0].between(OWNER, date.minusMonths(15), date, 50, BATCH).size());
      }
      return window;
    };
    histories[0] = RecentHistories.reading(reading, Duration.ofMinutes(5));
    histories[0].between(OWNER, date.minusMonths(15), date, 50, BATCH);
    histories[0].between(OWNER, date.minusMonths(15), date, 50, BATCH);
    histories[0].between(OWNER, date.minusMonths(15), date, 50, BATCH);

    assertEquals(List.of(50), nested);
    // own window, snapshot, the nested event's own window; the third event from the snapshot
    assertEquals(List.of(50, 300, 50), ledger.reads);
  }
}

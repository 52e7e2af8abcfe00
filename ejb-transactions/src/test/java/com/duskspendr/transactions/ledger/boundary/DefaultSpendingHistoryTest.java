package com.duskspendr.transactions.ledger.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.ledger.entity.HistoryRows;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DefaultSpendingHistoryTest {

  private static final AccountId OWNER = new AccountId(UUID.randomUUID());
  private static final LocalDate FROM = LocalDate.parse("2026-01-01");
  private static final LocalDate TO = LocalDate.parse("2026-06-30");

  /** Hands out {@code stored} rows (newest first, as the query does), at most the limit asked for. */
  private static final class StoredRows extends HistoryRows {
    final List<Integer> limits = new ArrayList<>();
    final int stored;

    StoredRows(int stored) {
      this.stored = stored;
    }

    @Override
    public List<Row> between(UUID userId, LocalDate from, LocalDate to, int limit, java.time.Instant recordedBy) {
      limits.add(limit);
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < Math.min(stored, limit); i++) {
        rows.add(new Row(UUID.randomUUID(), to.minusDays(i % 150), new BigDecimal("-" + (i + 1)), "EUR", "Shop " + i, null));
      }
      return rows;
    }
  }

  private static DefaultSpendingHistory over(StoredRows rows) {
    DefaultSpendingHistory history = new DefaultSpendingHistory();
    history.rows = rows;
    return history;
  }

  @Test
  void aSmallRowBudgetKeepsTheNewestRowsOldestFirstAndSaysSomethingWasLeftOut() {
    StoredRows rows = new StoredRows(50);

    HistoryWindow window = over(rows).between(OWNER, FROM, TO, 10);

    assertEquals(List.of(11), rows.limits, "one row more than the budget tells whether there were more");
    assertEquals(10, window.entries().size());
    assertTrue(window.truncated());
    // the newest ten (amounts -1 .. -10 in the newest-first stream), handed back oldest first
    assertEquals(new BigDecimal("-10"), window.entries().get(0).amount());
    assertEquals(new BigDecimal("-1"), window.entries().get(9).amount());
  }

  @Test
  void fewerRowsThanTheBudgetAreAllReturnedUntruncated() {
    HistoryWindow window = over(new StoredRows(7)).between(OWNER, FROM, TO, 10);

    assertEquals(7, window.entries().size());
    assertFalse(window.truncated());
  }

  @Test
  void noCallerReadsMoreThanTheCapAndABudgetMustBePositive() {
    StoredRows rows = new StoredRows(0);
    over(rows).between(OWNER, FROM, TO, Integer.MAX_VALUE);

    assertEquals(List.of(SpendingHistory.MAX_ROWS + 1), rows.limits);
    assertThrows(IllegalArgumentException.class, () -> over(rows).between(OWNER, FROM, TO, 0));
  }
}

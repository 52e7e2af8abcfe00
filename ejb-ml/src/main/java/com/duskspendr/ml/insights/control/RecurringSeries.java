package com.duskspendr.ml.insights.control;

import com.duskspendr.transactions.ledger.boundary.HistoryEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Payments to one merchant in one currency at a steady cadence.
 *
 * @param payments oldest first, at least the configured minimum (3)
 */
public record RecurringSeries(Cadence cadence, List<HistoryEntry> payments) {

  public RecurringSeries {
    payments = List.copyOf(payments);
  }

  public HistoryEntry latest() {
    return payments.get(payments.size() - 1);
  }

  public String currency() {
    return latest().currency();
  }

  public BigDecimal latestAmount() {
    return latest().spent();
  }

  public BigDecimal monthlyCost() {
    return cadence.monthlyCost(latestAmount(), currency());
  }

  /** The latest payment's date plus the cadence's shortest gap. */
  public LocalDate nextExpected() {
    LocalDate last = latest().date();
    return switch (cadence) {
      case WEEKLY -> last.plusWeeks(1);
      case MONTHLY -> last.plusMonths(1);
      case YEARLY -> last.plusYears(1);
    };
  }
}

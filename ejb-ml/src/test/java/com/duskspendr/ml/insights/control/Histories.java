package com.duskspendr.ml.insights.control;

import com.duskspendr.ml.insights.entity.InsightPeriod;
import com.duskspendr.ml.insights.entity.PeriodKind;
import com.duskspendr.transactions.budgets.boundary.BudgetView;
import com.duskspendr.transactions.ledger.boundary.HistoryEntry;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Builds histories for detector tests: payments are given as positive amounts spent. */
final class Histories {

  private final List<HistoryEntry> entries = new ArrayList<>();

  static Histories history() {
    return new Histories();
  }

  Histories spend(String date, String amount, String merchant, String category) {
    return spend(date, amount, "USD", merchant, category);
  }

  Histories spend(String date, String amount, String currency, String merchant, String category) {
    entries.add(entry(date, new BigDecimal(amount).negate(), currency, merchant, category));
    return this;
  }

  Histories income(String date, String amount, String merchant) {
    entries.add(entry(date, new BigDecimal(amount), "USD", merchant, "income.wages"));
    return this;
  }

  static HistoryEntry payment(String date, String amount, String merchant, String category) {
    return entry(date, new BigDecimal(amount).negate(), "USD", merchant, category);
  }

  static HistoryEntry entry(String date, BigDecimal amount, String currency, String merchant, String category) {
    return HistoryEntry.of(UUID.randomUUID(), LocalDate.parse(date), amount, currency, merchant, category);
  }

  /** Oldest first, as the history service answers. */
  List<HistoryEntry> entries() {
    List<HistoryEntry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing(HistoryEntry::date));
    return sorted;
  }

  /** An analysis of the month containing {@code day}, seen from {@code today}, USD main currency, no budgets. */
  Analysis month(String day, String today) {
    return analysis(PeriodKind.MONTH, day, today, List.of(), InsightSettings.defaults());
  }

  Analysis analysis(PeriodKind kind, String day, String today, List<BudgetView> budgets, InsightSettings settings) {
    InsightPeriod period = Periods.containing(kind, LocalDate.parse(day), DayOfWeek.MONDAY);
    return new Analysis(period, Periods.before(period, 3, DayOfWeek.MONDAY), entries(), LocalDate.parse(today),
        "USD", budgets, settings);
  }
}

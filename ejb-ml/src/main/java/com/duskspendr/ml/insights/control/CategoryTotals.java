package com.duskspendr.ml.insights.control;

import com.duskspendr.platform.money.Money;

import com.duskspendr.ml.insights.entity.InsightPeriod;
import com.duskspendr.transactions.ledger.boundary.HistoryEntry;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Money out per primary category (the part of the slug before the first dot; "uncategorized" for none). */
public final class CategoryTotals {

  public static final String UNCATEGORIZED = "uncategorized";

  private CategoryTotals() {}

  public static String primaryOf(String categoryId) {
    if (categoryId == null || categoryId.isBlank()) {
      return UNCATEGORIZED;
    }
    int dot = categoryId.indexOf('.');
    return dot < 0 ? categoryId : categoryId.substring(0, dot);
  }

  /** Spending in {@code currency} dated within {@code period}, per primary category. */
  public static Map<String, BigDecimal> of(Collection<HistoryEntry> history, InsightPeriod period, String currency) {
    Map<String, BigDecimal> totals = new HashMap<>();
    for (HistoryEntry entry : history) {
      if (entry.isSpending() && entry.currency().equals(currency) && period.contains(entry.date())) {
        totals.merge(primaryOf(entry.categoryId()), entry.spent(), BigDecimal::add);
      }
    }
    return totals;
  }

  /**
   * The usual spending of a category: its total in each earlier period (0 where absent) averaged over those
   * periods, at the currency's minor units. The spending pattern and the savings check share this baseline.
   */
  public static BigDecimal averageOf(String category, List<Map<String, BigDecimal>> periodTotals, String currency) {
    BigDecimal sum = periodTotals.stream()
        .map(totals -> totals.getOrDefault(category, BigDecimal.ZERO))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    return Amounts.average(sum, periodTotals.size(), currency);
  }

  /** "food_and_drink" → "Food and drink", "food_and_drink.groceries" → "Food and drink / groceries". */
  public static String displayName(String categoryId) {
    String words = categoryId.replace('_', ' ').replace(".", " / ");
    return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }
}

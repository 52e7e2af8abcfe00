package com.duskspendr.ml.insights.control;

import com.duskspendr.ml.insights.entity.InsightPeriod;
import com.duskspendr.transactions.ledger.boundary.HistoryEntry;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
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

  /** "food_and_drink" → "Food and drink". */
  public static String displayName(String primary) {
    String words = primary.replace('_', ' ');
    return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }
}

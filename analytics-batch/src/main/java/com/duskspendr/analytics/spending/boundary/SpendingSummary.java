package com.duskspendr.analytics.spending.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Spending in a period, one entry per currency (amounts in different currencies are never added), the
 * user's main currency first.
 *
 * @param averageDays the days the daily averages divide by: the period's, or those elapsed in the current one
 */
public record SpendingSummary(LocalDate from, LocalDate to, long averageDays, List<CurrencySummary> byCurrency) {

  public SpendingSummary {
    byCurrency = List.copyOf(byCurrency);
  }

  /** One currency's totals; {@code byCategory} by primary category, largest spending first. */
  public record CurrencySummary(
      String currency,
      String totalSpent,
      String totalIncome,
      String net,
      long transactionCount,
      String dailyAverage,
      List<CategoryTotal> byCategory) {

    public CurrencySummary {
      byCategory = List.copyOf(byCategory);
    }
  }

  /** @param share of the currency's spending, 0 to 1 with four decimals */
  public record CategoryTotal(
      String categoryId, String name, String spent, String income, long count, BigDecimal share) {}
}

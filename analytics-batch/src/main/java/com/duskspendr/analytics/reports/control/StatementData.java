package com.duskspendr.analytics.reports.control;

import java.time.YearMonth;
import java.util.List;

/**
 * Everything a monthly statement shows, already computed: per currency the month's totals and categories,
 * twelve months of trend, the largest transactions, and the budgets against their limits. Amounts are exact
 * decimal strings at the currency's minor digits.
 */
public record StatementData(
    String owner, YearMonth month, List<CurrencyPart> currencies, List<BudgetLine> budgets) {

  public StatementData {
    currencies = List.copyOf(currencies);
    budgets = List.copyOf(budgets);
  }

  public record CurrencyPart(
      String currency, String spent, String income, String net, long count, String dailyAverage,
      List<CategoryLine> categories, List<MonthLine> trend, List<TransactionLine> largest) {

    public CurrencyPart {
      categories = List.copyOf(categories);
      trend = List.copyOf(trend);
      largest = List.copyOf(largest);
    }
  }

  public record CategoryLine(String categoryId, String name, String spent, String income, long count) {}

  public record MonthLine(String month, String spent, String income) {}

  public record TransactionLine(String date, String merchant, String categoryId, String amount) {}

  /** A budget's current period: its limit and what was spent. */
  public record BudgetLine(
      String categoryId, String currency, String periodStart, String periodEnd, String limit, String spent) {}
}

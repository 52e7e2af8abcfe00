package com.duskspendr.analytics.spending.boundary;

import java.math.BigDecimal;
import java.util.List;

/**
 * Month by month figures per currency, oldest month first, months without transactions as zeros: what
 * trends and cash flow answer.
 */
public record MonthlyFigures(String fromMonth, String toMonth, List<CurrencyMonths> byCurrency) {

  public MonthlyFigures {
    byCurrency = List.copyOf(byCurrency);
  }

  public record CurrencyMonths(String currency, List<Month> months) {
    public CurrencyMonths {
      months = List.copyOf(months);
    }
  }

  /**
   * @param month {@code 2026-06}
   * @param changeFromPrevious spending against the month before, in percent with one decimal; null for the
   *     first month shown and after a month without spending
   * @param savingsRate net over income, four decimals; null in a month without income
   */
  public record Month(
      String month, String spent, String income, String net, long count, BigDecimal changeFromPrevious,
      BigDecimal savingsRate) {}
}

package com.duskspendr.web.budgets;

import com.duskspendr.transactions.budgets.boundary.NewBudget;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST /api/v1/budgets}. The budgets service checks every field and reports all invalid ones at once.
 *
 * @param amount a JSON string ({@code "400.00"}) or number; positive, at most 1,000,000,000, with at most
 *     the currency's minor digits
 * @param currency ISO 4217; default my preferred currency
 * @param period {@code weekly}, {@code monthly} or {@code yearly}
 * @param startDate default today (in my time zone); monthly and yearly periods start on its day
 * @param rollover carry last period's unspent (or overspent) amount into the current one; default false
 * @param alertThresholds percentages 1..1000, at most 10; default [80, 100]; [] for no alerts
 */
public record CreateBudgetRequest(
    String categoryId,
    BigDecimal amount,
    String currency,
    String period,
    LocalDate startDate,
    Boolean rollover,
    List<Integer> alertThresholds) {

  NewBudget toNewBudget() {
    return new NewBudget(categoryId, amount, currency, period, startDate, rollover, alertThresholds);
  }
}

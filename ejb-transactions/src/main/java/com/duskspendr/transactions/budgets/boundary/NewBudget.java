package com.duskspendr.transactions.budgets.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A budget to create. Defaults: {@code currency} the user's preferred one, {@code startDate} today in the
 * user's time zone, {@code rollover} false, {@code alertThresholds} [80, 100].
 *
 * @param categoryId a primary or a subcategory the user may file under; spending in its subcategories counts
 * @param amount positive, at most 1,000,000,000, with no more decimals than the currency has
 * @param period {@code weekly}, {@code monthly} or {@code yearly}
 * @param alertThresholds percentages 1..1000, at most 10 distinct; empty: no alerts
 */
public record NewBudget(
    String categoryId,
    BigDecimal amount,
    String currency,
    String period,
    LocalDate startDate,
    Boolean rollover,
    List<Integer> alertThresholds) {}

package com.duskspendr.transactions.budgets.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A budget's current period, amounts at the currency's minor digits.
 *
 * @param limit the amount plus what rollover carried over, never below zero
 * @param carriedOver from the previous period (rollover only; negative after overspending), else zero
 * @param spent the sum of money out (absolute) in the budget's currency and categories within the period
 * @param remaining {@code limit − spent}; negative when over budget
 * @param percentUsed {@code spent / limit × 100} with two decimals; null when the limit is zero and money
 *     was spent
 * @param projectedSpend what will have been spent by the period's end at the pace so far
 */
public record BudgetProgress(
    LocalDate periodStart,
    LocalDate periodEnd,
    BigDecimal limit,
    BigDecimal carriedOver,
    BigDecimal spent,
    BigDecimal remaining,
    BigDecimal percentUsed,
    BigDecimal projectedSpend) {}

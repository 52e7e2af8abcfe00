package com.duskspendr.transactions.budgets.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Changes to a budget; null leaves a field as it is.
 *
 * @param expectedVersion when present, the change applies only if the budget still has this version
 */
public record BudgetPatch(
    String categoryId,
    BigDecimal amount,
    String currency,
    String period,
    LocalDate startDate,
    Boolean rollover,
    List<Integer> alertThresholds,
    Long expectedVersion) {}

package com.duskspendr.web.budgets;

import com.duskspendr.transactions.budgets.boundary.BudgetPatch;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code PATCH /api/v1/budgets/{id}}: only the fields present change.
 *
 * @param version optional: the version the client last saw (or send {@code If-Match}); a stale one → 409
 */
public record PatchBudgetRequest(
    String categoryId,
    BigDecimal amount,
    String currency,
    String period,
    LocalDate startDate,
    Boolean rollover,
    List<Integer> alertThresholds,
    Long version) {

  BudgetPatch toPatch(Long expectedVersion) {
    return new BudgetPatch(categoryId, amount, currency, period, startDate, rollover, alertThresholds, expectedVersion);
  }
}

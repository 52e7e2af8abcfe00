package com.duskspendr.transactions.budgets.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A budget with its progress in the current period (in the owner's time zone and week start). */
public record BudgetView(
    UUID id,
    String categoryId,
    BigDecimal amount,
    String currency,
    BudgetPeriod period,
    LocalDate startDate,
    boolean rollover,
    List<Integer> alertThresholds,
    long version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    BudgetProgress progress) {

  public BudgetView {
    alertThresholds = List.copyOf(alertThresholds);
  }
}

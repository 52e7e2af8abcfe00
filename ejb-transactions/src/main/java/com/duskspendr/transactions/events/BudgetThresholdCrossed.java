package com.duskspendr.transactions.events;

import com.duskspendr.platform.messaging.EventType;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Version 1 of the event published (type {@value #TYPE}) when a budget's spending in a period first reaches
 * one of its alert thresholds. Amounts are exact decimal strings at the currency's minor digits. Consumers
 * (notifications) receive it at most once per budget, period and threshold, unless the budget is redefined
 * (see BudgetService#update).
 *
 * @param threshold the percentage reached, e.g. 80
 * @param limit the period's limit (the amount, plus rollover)
 */
public record BudgetThresholdCrossed(
    int version,
    UUID budgetId,
    String categoryId,
    int threshold,
    String spent,
    String limit,
    String currency,
    LocalDate periodStart,
    LocalDate periodEnd) {

  public static final String TYPE = "BudgetThresholdCrossed";
  public static final int CURRENT_VERSION = 1;
  public static final EventType EVENT =
      EventType.domainEvent(TYPE, CURRENT_VERSION, TransactionEvents.PUBLISHER);
}

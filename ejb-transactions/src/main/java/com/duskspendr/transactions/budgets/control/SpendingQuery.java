package com.duskspendr.transactions.budgets.control;

import com.duskspendr.platform.identity.AccountId;
import java.math.BigDecimal;
import java.util.Set;

/** How much a user spent: the ledger's aggregate, behind an interface so that budget logic is testable alone. */
public interface SpendingQuery {

  /**
   * The sum of money out, as a positive amount: {@code −amount} of the user's transactions with a negative
   * amount in {@code currency}, a category in {@code categoryIds} and a date in {@code range}. Zero when
   * {@code categoryIds} is empty. Refunds (positive amounts) do not reduce it.
   */
  BigDecimal spent(AccountId owner, Set<String> categoryIds, String currency, DateRange range);
}

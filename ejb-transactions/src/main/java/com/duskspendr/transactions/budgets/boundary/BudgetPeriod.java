package com.duskspendr.transactions.budgets.boundary;

import java.util.Locale;
import java.util.Optional;

/** How often a budget starts over. */
public enum BudgetPeriod {
  /** Weeks starting on the user's first day of the week; the week containing the start date is the first. */
  WEEKLY,
  /** Months from the start date's day of month (a start on the 31st runs to the day before the next 31st, or the month's last day). */
  MONTHLY,
  /** Years from the start date (a start on 29 February continues on 28 February in other years). */
  YEARLY;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<BudgetPeriod> fromWireName(String value) {
    for (BudgetPeriod period : values()) {
      if (period.wireName().equals(value)) {
        return Optional.of(period);
      }
    }
    return Optional.empty();
  }
}

package com.duskspendr.analytics.spending.control;

import java.math.BigDecimal;
import java.util.Objects;

/** Money out, money in and the number of transactions of one group, in one currency. Exact decimals. */
public record Totals(BigDecimal spent, BigDecimal income, long count) {

  public static final Totals ZERO = new Totals(BigDecimal.ZERO, BigDecimal.ZERO, 0);

  public Totals {
    Objects.requireNonNull(spent, "spent");
    Objects.requireNonNull(income, "income");
  }

  public Totals plus(Totals other) {
    return new Totals(spent.add(other.spent), income.add(other.income), count + other.count);
  }

  public Totals minus(Totals other) {
    return new Totals(spent.subtract(other.spent), income.subtract(other.income), count - other.count);
  }

  public BigDecimal net() {
    return income.subtract(spent);
  }

  /** Nothing left in the group: every transaction that was in it has been taken out. */
  public boolean isEmpty() {
    return count == 0;
  }
}

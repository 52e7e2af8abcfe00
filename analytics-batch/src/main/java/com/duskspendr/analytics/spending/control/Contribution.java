package com.duskspendr.analytics.spending.control;

import com.duskspendr.transactions.ledger.boundary.HistoryEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * What one transaction adds to the aggregates: its day, detailed category, currency and signed amount (negative
 * is money out, as in the ledger), and its merchant for the top-merchant lists.
 *
 * @param categoryId the detailed category, empty while uncategorized
 * @param merchant empty without one
 */
public record Contribution(
    UUID transactionId, LocalDate day, String categoryId, String currency, BigDecimal amount, String merchant)
    implements java.io.Serializable {

  /** The primary category of transactions that have none yet. */
  public static final String UNCATEGORIZED = "uncategorized";

  public Contribution {
    Objects.requireNonNull(transactionId, "transactionId");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(amount, "amount");
    categoryId = categoryId == null ? "" : categoryId;
    merchant = merchant == null ? "" : merchant.strip();
  }

  public static Contribution of(HistoryEntry entry) {
    return new Contribution(
        entry.id(), entry.date(), entry.categoryId(), entry.currency(), entry.amount(), entry.merchantName());
  }

  /** The slug before the first dot: {@code food_and_drink} for {@code food_and_drink.groceries}. */
  public String primaryCategory() {
    return primaryOf(categoryId);
  }

  public static String primaryOf(String categoryId) {
    if (categoryId == null || categoryId.isEmpty()) {
      return UNCATEGORIZED;
    }
    int dot = categoryId.indexOf('.');
    return dot < 0 ? categoryId : categoryId.substring(0, dot);
  }

  /** Money out as a positive amount; zero for money in. */
  public BigDecimal spent() {
    return amount.signum() < 0 ? amount.negate() : BigDecimal.ZERO;
  }

  /** Money in; zero for money out. */
  public BigDecimal income() {
    return amount.signum() > 0 ? amount : BigDecimal.ZERO;
  }

  public Totals totals() {
    return new Totals(spent(), income(), 1);
  }
}

package com.duskspendr.transactions.ledger.boundary;

import com.duskspendr.platform.money.Money;

import com.duskspendr.transactions.categories.control.MerchantNames;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One transaction as analysis sees it.
 *
 * @param amount exact, negative for money out
 * @param merchantName as recorded (may be null)
 * @param merchantKey the merchant name in the normal form rules compare on ({@code MerchantNames}); empty
 *     when the transaction has no merchant
 * @param categoryId the category slug, null while uncategorized
 */
public record HistoryEntry(
    UUID id,
    LocalDate date,
    BigDecimal amount,
    String currency,
    String merchantName,
    String merchantKey,
    String categoryId) {

  public HistoryEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    merchantKey = merchantKey == null ? "" : merchantKey;
  }

  /** The entry of a transaction, its merchant key derived from the merchant name. */
  public static HistoryEntry of(
      UUID id, LocalDate date, BigDecimal amount, String currency, String merchantName, String categoryId) {
    return new HistoryEntry(
        id, date, amount, currency, merchantName, MerchantNames.normalize(merchantName), categoryId);
  }

  /** Money out: a negative amount. */
  public boolean isSpending() {
    return amount.signum() < 0;
  }

  /** The money spent, as a positive amount (zero for money in). */
  public BigDecimal spent() {
    return isSpending() ? amount.negate() : BigDecimal.ZERO;
  }
}

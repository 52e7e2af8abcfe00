package com.duskspendr.transactions.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount in one ISO 4217 currency. Negative is money out, positive money in. Floating point never
 * touches it: amounts are parsed from decimal strings and stored as PostgreSQL {@code NUMERIC}.
 */
public record Money(BigDecimal amount, Currency currency) {

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
  }

  public static Money of(String amount, String currencyCode) {
    return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
  }

  /** Whether the amount has no more decimal places than the currency has minor units (2 for USD, 0 for JPY). */
  public boolean fitsMinorUnits() {
    int minorDigits = Math.max(currency.getDefaultFractionDigits(), 0);
    return amount.stripTrailingZeros().scale() <= minorDigits;
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  public Money negate() {
    return new Money(amount.negate(), currency);
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("Cannot add " + other.currency + " to " + currency);
    }
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}

package com.duskspendr.platform.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
    return amount.stripTrailingZeros().scale() <= minorDigits(currency);
  }

  /**
   * The currency's minor digits: 2 for USD, 0 for JPY, 3 for BHD; 0 for the codes ISO gives none (XAU).
   *
   * @throws IllegalArgumentException not an ISO 4217 code
   */
  public static int minorDigits(String currencyCode) {
    return minorDigits(Currency.getInstance(currencyCode));
  }

  public static int minorDigits(Currency currency) {
    return Math.max(currency.getDefaultFractionDigits(), 0);
  }

  /**
   * An amount that fits the currency's minor units, written with exactly that many digits ({@code -12.5}
   * USD is {@code -12.50}). Only for amounts validated to fit: a digit that would be lost throws.
   */
  public static BigDecimal atMinorUnits(BigDecimal amount, String currencyCode) {
    return amount.setScale(minorDigits(currencyCode), RoundingMode.UNNECESSARY);
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

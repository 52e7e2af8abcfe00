package com.duskspendr.ml.insights.control;

import com.duskspendr.platform.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Money arithmetic for insights. Amounts are rounded to the currency's minor units half-up (12.345 USD →
 * 12.35) only when a result needs a division; sums of recorded amounts are exact already.
 */
public final class Amounts {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Amounts() {}

  /** 2 for USD, 0 for JPY, 3 for BHD. */
  public static int minorDigits(String currency) {
    try {
      return Money.minorDigits(currency);
    } catch (IllegalArgumentException unknown) {
      return 2;
    }
  }

  public static BigDecimal round(BigDecimal amount, String currency) {
    return amount.setScale(minorDigits(currency), RoundingMode.HALF_UP);
  }

  /** {@code sum / count} at the currency's minor units. */
  public static BigDecimal average(BigDecimal sum, int count, String currency) {
    return sum.divide(BigDecimal.valueOf(count), minorDigits(currency), RoundingMode.HALF_UP);
  }

  /** One minor unit (0.01 USD, 1 JPY). */
  public static BigDecimal minorUnit(String currency) {
    return BigDecimal.ONE.movePointLeft(minorDigits(currency));
  }

  /** The amount as a fact: an exact decimal string with the currency's minor digits. */
  public static String fact(BigDecimal amount, String currency) {
    return round(amount, currency).toPlainString();
  }

  /** For messages: "12.50 USD". */
  public static String display(BigDecimal amount, String currency) {
    return fact(amount, currency) + " " + currency;
  }

  /** {@code part / whole × 100} with one decimal; null when whole is zero. */
  public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return null;
    }
    return part.multiply(HUNDRED).divide(whole, MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP);
  }
}

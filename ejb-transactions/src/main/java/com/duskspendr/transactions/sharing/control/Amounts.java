package com.duskspendr.transactions.sharing.control;

import com.duskspendr.platform.money.Money;
import java.math.BigDecimal;

/** Stored amounts (NUMERIC with four decimals) at their currency's minor digits. */
public final class Amounts {

  private Amounts() {}

  public static BigDecimal minor(BigDecimal amount, String currency) {
    return amount == null ? null : Money.atMinorUnits(amount, currency);
  }

  public static String text(BigDecimal amount, String currency) {
    return minor(amount, currency).toPlainString();
  }
}

package com.duskspendr.transactions.imports.boundary;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What makes two transactions "the same" when ids do not say: date, amount (with its currency: 10 EUR is
 * not 10 USD) and merchant, normalized so that a bank's re-export matches: amount scale ignored ({@code
 * 12.5} equals {@code 12.50}), merchant compared by letters and digits only, case- and accent-insensitively
 * ("TESCO STORES #2041" equals "Tesco Stores 2041").
 */
public record DuplicateKey(LocalDate date, BigDecimal amount, String currency, String merchant) {

  public DuplicateKey {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(currency, "currency");
    amount = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
    merchant = normalizeMerchant(merchant);
  }

  public static DuplicateKey of(ParsedLine line) {
    return new DuplicateKey(line.date(), line.amount(), line.currency(), line.merchant());
  }

  public static String normalizeMerchant(String merchant) {
    if (merchant == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(merchant, Normalizer.Form.NFKD);
    return decomposed
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
  }
}

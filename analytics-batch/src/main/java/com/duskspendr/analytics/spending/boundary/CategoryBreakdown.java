package com.duskspendr.analytics.spending.boundary;

import java.time.LocalDate;
import java.util.List;

/** A primary category in a period, per currency: its detailed categories and its top merchants. */
public record CategoryBreakdown(
    String categoryId, String name, LocalDate from, LocalDate to, List<CurrencyBreakdown> byCurrency) {

  public CategoryBreakdown {
    byCurrency = List.copyOf(byCurrency);
  }

  public record CurrencyBreakdown(
      String currency, String spent, String income, long count, List<SpendingSummary.CategoryTotal> detailed,
      List<MerchantTotal> topMerchants) {

    public CurrencyBreakdown {
      detailed = List.copyOf(detailed);
      topMerchants = List.copyOf(topMerchants);
    }
  }

  /** @param merchant as recorded; empty for transactions without one */
  public record MerchantTotal(String merchant, String spent, String income, long count) {}
}

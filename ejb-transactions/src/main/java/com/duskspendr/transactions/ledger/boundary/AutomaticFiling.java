package com.duskspendr.transactions.ledger.boundary;

import java.math.BigDecimal;
import java.util.List;

/**
 * What automatic categorization decided for a pending transaction.
 *
 * @param categoryId the category to file it under; null when it stays pending
 * @param status {@code RULE} (a merchant rule or the user's own past correction), {@code CATEGORIZED} (the
 *     model) or {@code PENDING} (not sure enough: only suggestions); never {@code MANUAL}
 * @param confidence the model's confidence (0..1), null for rules and corrections
 * @param modelVersion the model that decided or suggested, null for rules and corrections
 * @param suggestions the best candidates while pending; empty otherwise
 */
public record AutomaticFiling(
    String categoryId,
    CategorizationStatus status,
    BigDecimal confidence,
    String modelVersion,
    List<Suggestion> suggestions) {

  public AutomaticFiling {
    suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
  }
}

package com.duskspendr.transactions.ledger.boundary;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a transaction got its category; confidence (0..1) and model version only when a model decided.
 * Suggestions (best first, at most a few) only while it is pending because the model was not sure enough.
 */
public record Categorization(
    CategorizationStatus status, BigDecimal confidence, String modelVersion, List<Suggestion> suggestions) {

  public Categorization {
    suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
  }

  /** Without suggestions. */
  public Categorization(CategorizationStatus status, BigDecimal confidence, String modelVersion) {
    this(status, confidence, modelVersion, List.of());
  }
}

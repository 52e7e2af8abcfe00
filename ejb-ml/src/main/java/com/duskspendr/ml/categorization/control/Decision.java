package com.duskspendr.ml.categorization.control;

import com.duskspendr.ml.classifier.control.ScoredCategory;
import com.duskspendr.transactions.ledger.boundary.AutomaticFiling;
import com.duskspendr.transactions.ledger.boundary.CategorizationStatus;
import com.duskspendr.transactions.ledger.boundary.Suggestion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The categorizer's answer for one transaction.
 *
 * @param categoryId the chosen category; null when the transaction stays pending
 * @param status {@code RULE} (a merchant rule or the user's own past correction), {@code CATEGORIZED} (a known
 *     merchant, or the model confident enough) or {@code PENDING}
 * @param confidence 1 for the user's own rules and corrections, the calibrated confidence otherwise
 * @param alternatives the model's other candidates, best first (while pending: the suggestions)
 * @param modelVersion the model (or known-merchant dictionary) consulted; null when a rule or correction decided
 * @param decidedLevel whether the primary category alone or the subcategory was filed; null while pending
 */
public record Decision(
    String categoryId,
    CategorizationStatus status,
    double confidence,
    List<ScoredCategory> alternatives,
    String modelVersion,
    Explanation explanation,
    DecidedLevel decidedLevel) {

  /** Confidence is stored with four decimals. */
  private static final int SCALE = 4;

  public Decision {
    alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
  }

  /** What the ledger stores: confidence and model only for the model's decisions, suggestions only while pending. */
  public AutomaticFiling toFiling() {
    boolean byModel = status != CategorizationStatus.RULE;
    return new AutomaticFiling(
        categoryId,
        status,
        byModel && modelVersion != null ? probability(confidence) : null,
        byModel ? modelVersion : null,
        status == CategorizationStatus.PENDING
            ? alternatives.stream().map(a -> new Suggestion(a.category(), probability(a.confidence()))).toList()
            : List.of());
  }

  private static BigDecimal probability(double value) {
    double clamped = Math.max(0.0, Math.min(1.0, value));
    return BigDecimal.valueOf(clamped).setScale(SCALE, RoundingMode.HALF_EVEN);
  }
}

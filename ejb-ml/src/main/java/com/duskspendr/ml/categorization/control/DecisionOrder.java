package com.duskspendr.ml.categorization.control;

import com.duskspendr.ml.classifier.control.Prediction;
import com.duskspendr.ml.classifier.control.ScoredCategory;
import com.duskspendr.transactions.categories.boundary.RuleMatch;
import com.duskspendr.transactions.ledger.boundary.CategorizationStatus;
import com.duskspendr.transactions.ledger.boundary.CorrectionHistory.PastCorrection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The order of decisions: the user's own merchant rule, then the user's own latest correction for the
 * merchant, then the global model; the model decides only at or above the confidence threshold, otherwise
 * the transaction stays pending with the best few candidates as suggestions. Rules and corrections are the
 * user's explicit wishes, so they need no confidence and file with status {@code rule}.
 */
public final class DecisionOrder {

  /** What the model said, and which version said it. */
  public record ModelAnswer(String modelVersion, Prediction prediction) {}

  private final double threshold;
  private final int suggestions;

  /**
   * @param threshold the model's confidence at or above which it files (0..1)
   * @param suggestions how many candidates a pending transaction keeps
   */
  public DecisionOrder(double threshold, int suggestions) {
    if (threshold < 0 || threshold > 1 || suggestions < 1) {
      throw new IllegalArgumentException("threshold 0..1 and at least one suggestion");
    }
    this.threshold = threshold;
    this.suggestions = suggestions;
  }

  /**
   * @param rule the user's best matching merchant rule
   * @param correction the user's latest correction for the merchant
   * @param model asked only when neither rule nor correction decided; empty when no model is loaded
   * @param categoryExists whether the user may file under an id (a rule's or correction's category may have
   *     been deleted since; the model's candidates are checked too)
   */
  public Decision decide(
      Optional<RuleMatch> rule,
      Optional<PastCorrection> correction,
      Supplier<Optional<ModelAnswer>> model,
      Predicate<String> categoryExists) {
    Optional<RuleMatch> usableRule = rule.filter(r -> categoryExists.test(r.categoryId()));
    if (usableRule.isPresent()) {
      RuleMatch r = usableRule.get();
      return new Decision(r.categoryId(), CategorizationStatus.RULE, 1.0, List.of(), null, new Explanation(
          Explanation.RULE,
          "Your merchant rule (" + r.matchType().wireName() + " \"" + r.pattern() + "\") files this merchant here",
          r.ruleId().toString(), r.matchType().wireName(), r.pattern(), null, List.of()));
    }
    Optional<PastCorrection> usableCorrection = correction.filter(c -> categoryExists.test(c.categoryId()));
    if (usableCorrection.isPresent()) {
      PastCorrection c = usableCorrection.get();
      return new Decision(c.categoryId(), CategorizationStatus.RULE, 1.0, List.of(), null, new Explanation(
          Explanation.CORRECTION,
          "You filed a transaction from this merchant here on " + c.correctedAt().toLocalDate(),
          null, null, null, c.correctedAt(), List.of()));
    }
    return byModel(model.get(), categoryExists);
  }

  private Decision byModel(Optional<ModelAnswer> answer, Predicate<String> categoryExists) {
    if (answer.isEmpty()) {
      return new Decision(null, CategorizationStatus.PENDING, 0.0, List.of(), null, new Explanation(
          Explanation.NONE, "No rule, correction or model could decide (a model needs a merchant or a description)",
          null, null, null, null, List.of()));
    }
    String version = answer.get().modelVersion();
    Prediction prediction = answer.get().prediction();
    // Lazily: only as many candidates are checked as the answer can show.
    List<ScoredCategory> ranked = prediction.ranked().stream()
        .filter(s -> categoryExists.test(s.category()))
        .limit(suggestions + 1L)
        .toList();
    List<String> features = prediction.strongestFeatures() == null ? List.of() : prediction.strongestFeatures();
    if (ranked.isEmpty()) {
      return new Decision(null, CategorizationStatus.PENDING, 0.0, List.of(), version, new Explanation(
          Explanation.NONE, "The model has no candidate category", null, null, null, null, features));
    }
    ScoredCategory best = ranked.get(0);
    if (best.confidence() >= threshold) {
      return new Decision(
          best.category(), CategorizationStatus.CATEGORIZED, best.confidence(),
          ranked.subList(1, Math.min(ranked.size(), suggestions + 1)), version,
          new Explanation(Explanation.MODEL, "The model (" + version + ") is " + percent(best.confidence())
              + " sure" + strongest(features), null, null, null, null, features));
    }
    return new Decision(
        null, CategorizationStatus.PENDING, best.confidence(),
        ranked.subList(0, Math.min(ranked.size(), suggestions)), version,
        new Explanation(Explanation.MODEL, "The model (" + version + ") is only " + percent(best.confidence())
            + " sure" + strongest(features) + "; pick one of the suggestions", null, null, null, null, features));
  }

  private static String percent(double confidence) {
    return Math.round(confidence * 100) + " %";
  }

  private static String strongest(List<String> features) {
    if (features.isEmpty()) {
      return "";
    }
    return ", mostly because of " + String.join(", ", features.subList(0, Math.min(3, features.size())));
  }
}

package com.duskspendr.ml.categorization.control;

import com.duskspendr.ml.classifier.control.CalibratedPrediction;
import com.duskspendr.ml.classifier.control.Calibration;
import com.duskspendr.ml.classifier.control.KnownMerchants.Kind;
import com.duskspendr.ml.classifier.control.KnownMerchants.KnownMerchant;
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
 * The order of decisions: the user's own merchant rule, then the user's own latest correction for the merchant,
 * then the known-merchant dictionary, then the global model. Rules and corrections are the user's explicit wishes,
 * so they need no confidence and file with status {@code rule}. A known brand is a lookup, not a guess: it files at
 * once. The model files the primary category when its calibrated confidence reaches the threshold that meets the
 * precision target on the development set, and the subcategory only when that is sure enough too (see
 * {@link LevelChoice}); otherwise the transaction stays pending with the best few subcategories as suggestions.
 */
public final class DecisionOrder {

  /** What the model said, which version said it, and how its confidences are calibrated. */
  public record ModelAnswer(String modelVersion, Prediction prediction, Calibration calibration) {

    public ModelAnswer(String modelVersion, Prediction prediction) {
      this(modelVersion, prediction, Calibration.NONE);
    }
  }

  /** A known-merchant dictionary hit and the dictionary's version. */
  public record KnownAnswer(String version, KnownMerchant merchant) {}

  private final double targetPrecision;
  private final int suggestions;
  private final double knownMerchantConfidence;

  /**
   * @param targetPrecision the share of the model's filings that should be right (0..1], which sets its thresholds
   * @param suggestions how many candidates a pending transaction keeps
   * @param knownMerchantConfidence the confidence a known-merchant answer is given (0..1]
   */
  public DecisionOrder(double targetPrecision, int suggestions, double knownMerchantConfidence) {
    if (targetPrecision <= 0 || targetPrecision > 1 || suggestions < 1
        || knownMerchantConfidence <= 0 || knownMerchantConfidence > 1) {
      throw new IllegalArgumentException("target precision and known-merchant confidence in (0, 1],"
          + " and at least one suggestion");
    }
    this.targetPrecision = targetPrecision;
    this.suggestions = suggestions;
    this.knownMerchantConfidence = knownMerchantConfidence;
  }

  /**
   * @param rule the user's best matching merchant rule
   * @param correction the user's latest correction for the merchant
   * @param known asked only when neither rule nor correction decided
   * @param model asked only when nothing before it decided; empty when no model is loaded
   * @param categoryExists whether the user may file under an id (a rule's or correction's category may have
   *     been deleted since; the dictionary's and the model's candidates are checked too)
   */
  public Decision decide(
      Optional<RuleMatch> rule,
      Optional<PastCorrection> correction,
      Supplier<Optional<KnownAnswer>> known,
      Supplier<Optional<ModelAnswer>> model,
      Predicate<String> categoryExists) {
    Optional<RuleMatch> usableRule = rule.filter(r -> categoryExists.test(r.categoryId()));
    if (usableRule.isPresent()) {
      RuleMatch r = usableRule.get();
      return new Decision(r.categoryId(), CategorizationStatus.RULE, 1.0, List.of(), null, new Explanation(
          Explanation.RULE,
          "Your merchant rule (" + r.matchType().wireName() + " \"" + r.pattern() + "\") files this merchant here",
          r.ruleId().toString(), r.matchType().wireName(), r.pattern(), null, List.of()),
          DecidedLevel.of(r.categoryId()));
    }
    Optional<PastCorrection> usableCorrection = correction.filter(c -> categoryExists.test(c.categoryId()));
    if (usableCorrection.isPresent()) {
      PastCorrection c = usableCorrection.get();
      return new Decision(c.categoryId(), CategorizationStatus.RULE, 1.0, List.of(), null, new Explanation(
          Explanation.CORRECTION,
          "You filed a transaction from this merchant here on " + c.correctedAt().toLocalDate(),
          null, null, null, c.correctedAt(), List.of()), DecidedLevel.of(c.categoryId()));
    }
    Optional<Decision> byDictionary = known.get().flatMap(answer -> byDictionary(answer, categoryExists));
    if (byDictionary.isPresent()) {
      return byDictionary.get();
    }
    return byModel(model.get(), categoryExists);
  }

  private Optional<Decision> byDictionary(KnownAnswer answer, Predicate<String> categoryExists) {
    String category = answer.merchant().category();
    String primary = new ScoredCategory(category, 0).primary();
    String filed = categoryExists.test(category) ? category : categoryExists.test(primary) ? primary : null;
    if (filed == null) {
      return Optional.empty();
    }
    String brand = answer.merchant().brand();
    String what = answer.merchant().kind().label();
    String summary = answer.merchant().kind() == Kind.MERCHANT_CATEGORY_CODE
        ? "The line's " + what + " (" + brand + ") files it here"
        : "\"" + brand + "\" is a known " + what + " filed here";
    return Optional.of(new Decision(filed, CategorizationStatus.CATEGORIZED, knownMerchantConfidence, List.of(),
        "merchants-" + answer.version(), new Explanation(Explanation.KNOWN_MERCHANT, summary, null, null, null, null,
            List.of("known " + what + " \"" + brand + "\"")), DecidedLevel.of(filed)));
  }

  private Decision byModel(Optional<ModelAnswer> answer, Predicate<String> categoryExists) {
    if (answer.isEmpty()) {
      return new Decision(null, CategorizationStatus.PENDING, 0.0, List.of(), null, new Explanation(
          Explanation.NONE, "No rule, correction, known merchant or model could decide (a model needs a merchant"
          + " or a description)", null, null, null, null, List.of()), null);
    }
    String version = answer.get().modelVersion();
    Calibration calibration = answer.get().calibration();
    CalibratedPrediction prediction = calibration.apply(answer.get().prediction());
    List<String> features = prediction.strongestFeatures();
    LevelChoice choice = LevelChoice.choose(prediction, calibration.primaryThreshold(targetPrecision),
        calibration.detailedThreshold(targetPrecision), categoryExists);
    // Lazily: only as many candidates are checked as the answer can show.
    List<ScoredCategory> ranked = prediction.detailed().stream()
        .filter(s -> !s.category().equals(choice.category()))
        .filter(s -> categoryExists.test(s.category()))
        .limit(suggestions)
        .toList();
    if (choice.bestPrimary() == null) {
      return new Decision(null, CategorizationStatus.PENDING, 0.0, List.of(), version, new Explanation(
          Explanation.NONE, "The model has no candidate category", null, null, null, null, features), null);
    }
    if (choice.filed()) {
      String what = choice.level() == DecidedLevel.DETAILED ? "" : " of " + choice.category()
          + " (not sure enough of the subcategory)";
      return new Decision(choice.category(), CategorizationStatus.CATEGORIZED, choice.confidence(), ranked, version,
          new Explanation(Explanation.MODEL, "The model (" + version + ") is " + percent(choice.confidence())
              + " sure" + what + strongest(features), null, null, null, null, features), choice.level());
    }
    return new Decision(null, CategorizationStatus.PENDING, choice.confidence(), ranked, version,
        new Explanation(Explanation.MODEL, "The model (" + version + ") is only " + percent(choice.confidence())
            + " sure of " + choice.bestPrimary().category() + strongest(features) + "; pick one of the suggestions",
            null, null, null, null, features), null);
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

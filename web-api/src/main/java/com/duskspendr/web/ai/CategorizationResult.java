package com.duskspendr.web.ai;

import com.duskspendr.ml.categorization.control.Decision;
import com.duskspendr.ml.categorization.control.Explanation;
import com.duskspendr.ml.classifier.control.ScoredCategory;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The categorizer's answer. {@code category} is the primary, {@code subcategory} the full {@code
 * primary.detail} slug (null when the answer is a primary only); both null when it would stay pending.
 */
@JsonbNillable
@JsonbPropertyOrder({"category", "subcategory", "decidedLevel", "status", "confidence", "alternatives", "modelVersion",
    "explanation"})
@Schema(name = "CategorizationResult")
public record CategorizationResult(
    String category,
    String subcategory,
    @Schema(enumeration = {"primary", "detailed"},
        description = "The taxonomy level decided: primary when only the primary category was sure enough (subcategory "
            + "null), detailed when the subcategory was too; null while pending")
        String decidedLevel,
    @Schema(enumeration = {"rule", "categorized", "pending"},
        description = "rule: the caller's merchant rule or past correction decided; categorized: the model did; "
            + "pending: the model is below the confidence threshold, see alternatives")
        String status,
    @Schema(description = "0..1; 1 for the caller's own rules and corrections") BigDecimal confidence,
    @Schema(description = "The model's other candidates, best first (while pending: its top suggestions)")
        List<Alternative> alternatives,
    @Schema(description = "The model consulted; null when a rule or correction decided") String modelVersion,
    ExplanationResponse explanation) {

  /** Declared explicitly, unannotated (see CategorizeRequest). */
  public CategorizationResult(
      String category,
      String subcategory,
      String decidedLevel,
      String status,
      BigDecimal confidence,
      List<Alternative> alternatives,
      String modelVersion,
      ExplanationResponse explanation) {
    this.category = category;
    this.subcategory = subcategory;
    this.decidedLevel = decidedLevel;
    this.status = status;
    this.confidence = confidence;
    this.alternatives = alternatives;
    this.modelVersion = modelVersion;
    this.explanation = explanation;
  }

  /** Another candidate category. */
  @JsonbNillable
  @JsonbPropertyOrder({"category", "subcategory", "confidence"})
  @Schema(name = "CategorizationAlternative")
  public record Alternative(String category, String subcategory, BigDecimal confidence) {}

  /**
   * Why: {@code signal} is rule, correction, model or none; the rule's id and pattern, the correction's date
   * or the model's strongest features back it.
   */
  @JsonbPropertyOrder({"signal", "summary", "ruleId", "matchType", "pattern", "correctedAt", "features"})
  @Schema(name = "CategorizationExplanation")
  public record ExplanationResponse(
      @Schema(enumeration = {"rule", "correction", "known_merchant", "model", "none"}) String signal,
      String summary,
      String ruleId,
      String matchType,
      String pattern,
      OffsetDateTime correctedAt,
      List<String> features) {

    /** Declared explicitly, unannotated (see CategorizeRequest). */
    public ExplanationResponse(
        String signal,
        String summary,
        String ruleId,
        String matchType,
        String pattern,
        OffsetDateTime correctedAt,
        List<String> features) {
      this.signal = signal;
      this.summary = summary;
      this.ruleId = ruleId;
      this.matchType = matchType;
      this.pattern = pattern;
      this.correctedAt = correctedAt;
      this.features = features;
    }

    static ExplanationResponse from(Explanation e) {
      return new ExplanationResponse(
          e.signal(), e.summary(), e.ruleId(), e.matchType(), e.pattern(), e.correctedAt(), e.features());
    }
  }

  static CategorizationResult from(Decision d) {
    return new CategorizationResult(
        d.categoryId() == null ? null : primaryOf(d.categoryId()),
        d.categoryId() == null ? null : subcategoryOf(d.categoryId()),
        d.decidedLevel() == null ? null : d.decidedLevel().wireName(),
        d.status().wireName(),
        confidence(d.confidence()),
        d.alternatives().stream().map(CategorizationResult::alternative).toList(),
        d.modelVersion(),
        ExplanationResponse.from(d.explanation()));
  }

  private static Alternative alternative(ScoredCategory s) {
    return new Alternative(primaryOf(s.category()), subcategoryOf(s.category()), confidence(s.confidence()));
  }

  static String primaryOf(String slug) {
    int dot = slug.indexOf('.');
    return dot < 0 ? slug : slug.substring(0, dot);
  }

  static String subcategoryOf(String slug) {
    return slug.indexOf('.') < 0 ? null : slug;
  }

  private static BigDecimal confidence(double value) {
    return BigDecimal.valueOf(Math.max(0.0, Math.min(1.0, value))).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
  }
}

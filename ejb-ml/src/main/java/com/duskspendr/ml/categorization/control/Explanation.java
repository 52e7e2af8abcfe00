package com.duskspendr.ml.categorization.control;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Why a category was chosen: the deciding signal ({@code rule}, {@code correction}, {@code known_merchant},
 * {@code model}, or {@code none} when nothing decided) with a sentence for people and the facts behind it. Fields that do
 * not belong to the signal are null (the features list is empty).
 *
 * @param ruleId, matchType, pattern the merchant rule that decided
 * @param correctedAt when the user made the correction that decided
 * @param features the model's strongest features for its choice
 */
public record Explanation(
    String signal,
    String summary,
    String ruleId,
    String matchType,
    String pattern,
    OffsetDateTime correctedAt,
    List<String> features) {

  public static final String RULE = "rule";
  public static final String CORRECTION = "correction";
  public static final String KNOWN_MERCHANT = "known_merchant";
  public static final String MODEL = "model";
  public static final String NONE = "none";

  public Explanation {
    features = features == null ? List.of() : List.copyOf(features);
  }
}

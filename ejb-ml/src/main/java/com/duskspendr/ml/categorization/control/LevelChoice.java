package com.duskspendr.ml.categorization.control;

import com.duskspendr.ml.classifier.control.CalibratedPrediction;
import com.duskspendr.ml.classifier.control.ScoredCategory;
import java.util.function.Predicate;

/**
 * The model's choice, primary level first: the best primary category files when its calibrated confidence reaches
 * the primary threshold, and its best subcategory replaces it when that reaches the detailed threshold too;
 * otherwise nothing is filed. "Surely food, perhaps coffee" is filed as food instead of being left pending.
 *
 * @param category what to file; null when nothing reached the threshold
 * @param level the level filed; null when nothing is filed
 * @param confidence the filed category's calibrated confidence, or the best primary's when nothing is filed
 * @param bestPrimary the best primary category the user may file under (for explanations), null if none
 */
public record LevelChoice(String category, DecidedLevel level, double confidence, ScoredCategory bestPrimary) {

  public boolean filed() {
    return category != null;
  }

  public static LevelChoice choose(CalibratedPrediction prediction, double primaryThreshold, double detailedThreshold,
      Predicate<String> categoryExists) {
    ScoredCategory primary = prediction.primaries().stream()
        .filter(candidate -> categoryExists.test(candidate.category()))
        .findFirst()
        .orElse(null);
    if (primary == null) {
      return new LevelChoice(null, null, 0.0, null);
    }
    if (primary.confidence() < primaryThreshold) {
      return new LevelChoice(null, null, primary.confidence(), primary);
    }
    ScoredCategory detailed = prediction.detailed().stream()
        .filter(candidate -> candidate.primary().equals(primary.category()))
        .filter(candidate -> categoryExists.test(candidate.category()))
        .findFirst()
        .orElse(null);
    if (detailed != null && detailed.confidence() >= detailedThreshold) {
      return new LevelChoice(detailed.category(), DecidedLevel.DETAILED, detailed.confidence(), primary);
    }
    return new LevelChoice(primary.category(), DecidedLevel.PRIMARY, primary.confidence(), primary);
  }
}

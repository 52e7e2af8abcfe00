package com.duskspendr.ml.classifier.control;

import java.util.List;

/**
 * A prediction at both levels, with calibrated confidences: the primary categories (each the sum of its
 * subcategories) and the detailed ones, best first, and the features that weighed most for the best detailed one.
 */
public record CalibratedPrediction(
    List<ScoredCategory> primaries, List<ScoredCategory> detailed, List<String> strongestFeatures) {

  public CalibratedPrediction {
    primaries = List.copyOf(primaries);
    detailed = List.copyOf(detailed);
    strongestFeatures = strongestFeatures == null ? List.of() : List.copyOf(strongestFeatures);
  }

  /** The best detailed category under a primary, if the model gives it any weight. */
  public ScoredCategory bestUnder(String primary) {
    for (ScoredCategory candidate : detailed) {
      if (candidate.primary().equals(primary)) {
        return candidate;
      }
    }
    return new ScoredCategory(primary, 0);
  }
}

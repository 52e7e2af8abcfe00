package com.duskspendr.ml.classifier.control;

import java.util.List;

/**
 * The classifier's answer: every candidate, best first, and the features that weighed most for the best one
 * (for the explanation shown to the user).
 */
public record Prediction(List<ScoredCategory> ranked, List<String> strongestFeatures) {

  public ScoredCategory best() {
    return ranked.get(0);
  }
}

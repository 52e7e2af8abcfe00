package com.duskspendr.ml.classifier.control;

/** One candidate category (a {@code primary.detail} or primary slug) and the model's confidence in it (0..1). */
public record ScoredCategory(String category, double confidence) {

  /** The primary category: the slug up to its first dot. */
  public String primary() {
    int dot = category.indexOf('.');
    return dot < 0 ? category : category.substring(0, dot);
  }
}

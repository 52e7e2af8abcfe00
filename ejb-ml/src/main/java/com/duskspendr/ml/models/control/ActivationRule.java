package com.duskspendr.ml.models.control;

import com.duskspendr.ml.models.entity.ModelMetrics;

/**
 * Whether a retrained model replaces the active one: only when it is not worse on the held-out seed split,
 * judged by primary-category accuracy (what users see first). Equal counts as not worse, so a retraining
 * that adds corrections without hurting the benchmark takes effect.
 */
public final class ActivationRule {

  private ActivationRule() {}

  /** @param active the active model's metrics; null when no model is active (anything beats nothing) */
  public static boolean activates(ModelMetrics candidate, ModelMetrics active) {
    return active == null || candidate.primaryAccuracy() >= active.primaryAccuracy();
  }
}

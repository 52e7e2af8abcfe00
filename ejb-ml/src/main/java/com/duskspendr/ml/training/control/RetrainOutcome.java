package com.duskspendr.ml.training.control;

import java.util.Locale;

/** How a retraining run ended (stored in {@code retrain_run.outcome} and the job's exit status). */
public enum RetrainOutcome {
  /** The new model was not worse than the active one and is active now. */
  ACTIVATED,
  /** The new model was worse: stored, but the active one stays. */
  KEPT,
  /** Another instance was running the job, or the nightly run already happened. */
  SKIPPED,
  FAILED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

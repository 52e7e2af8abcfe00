package com.duskspendr.ml.classifier.control;

/**
 * The model trained from the seed set alone, which a fresh installation activates first (the registry stores
 * it as version {@code seed-<data set version>}).
 */
public final class BootstrapModel {

  private BootstrapModel() {}

  public static TrainedModel get() {
    throw new UnsupportedOperationException("not implemented yet");
  }
}

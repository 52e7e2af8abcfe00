package com.duskspendr.ml.classifier.control;

/**
 * A trained model ready to classify. Thread-safe: one instance serves every caller at once.
 * (Contract fixed by the lead; the classifier helper implements it.)
 */
public final class TransactionClassifier {

  /** Loads a model produced by {@link CategorizerTrainer#train}. */
  public static TransactionClassifier load(byte[] model) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  public Prediction classify(TransactionText text) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}

package com.duskspendr.ml.classifier.control;

import java.util.List;

/** Trains a model from labelled examples; the bytes load with {@link TransactionClassifier#load}. */
public final class CategorizerTrainer {

  public byte[] train(List<LabelledText> examples) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}

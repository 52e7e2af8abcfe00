package com.duskspendr.ml.classifier.control;

import java.util.List;

/** Scores a classifier on labelled examples it was not trained on. */
public final class ModelEvaluator {

  public EvaluationReport evaluate(TransactionClassifier classifier, List<LabelledText> heldOut) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}

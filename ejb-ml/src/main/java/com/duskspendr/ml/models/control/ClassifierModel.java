package com.duskspendr.ml.models.control;

import com.duskspendr.ml.classifier.control.Prediction;
import com.duskspendr.ml.classifier.control.TransactionClassifier;
import com.duskspendr.ml.classifier.control.TransactionText;

/** The classifier behind {@link CategoryModel}: one loaded instance serves every caller at once. */
public final class ClassifierModel implements CategoryModel {

  private final TransactionClassifier classifier;

  private ClassifierModel(TransactionClassifier classifier) {
    this.classifier = classifier;
  }

  public static CategoryModel load(byte[] bytes) {
    return new ClassifierModel(TransactionClassifier.load(bytes));
  }

  @Override
  public Prediction predict(TransactionText text) {
    return classifier.classify(text);
  }
}

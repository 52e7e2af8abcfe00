package com.duskspendr.ml.models.control;

import com.duskspendr.ml.classifier.control.Calibration;
import com.duskspendr.ml.classifier.control.Prediction;
import com.duskspendr.ml.classifier.control.TransactionText;

/** A loaded model as the pipeline uses it: thread-safe, ranks every category for a transaction's text. */
@FunctionalInterface
public interface CategoryModel {

  Prediction predict(TransactionText text);

  /** How this model's probabilities translate into trustworthy confidences; none unless fitted. */
  default Calibration calibration() {
    return Calibration.NONE;
  }
}

package com.duskspendr.ml.models.control;

import com.duskspendr.ml.classifier.control.Calibration;
import com.duskspendr.ml.classifier.control.CalibrationFitter;
import com.duskspendr.ml.classifier.control.DevelopmentSet;
import com.duskspendr.ml.classifier.control.KnownMerchants;
import com.duskspendr.ml.classifier.control.LabelledText;
import com.duskspendr.ml.classifier.control.Prediction;
import com.duskspendr.ml.classifier.control.TransactionClassifier;
import com.duskspendr.ml.classifier.control.TransactionText;
import java.util.List;

/**
 * The classifier behind {@link CategoryModel}: one loaded instance serves every caller at once.
 *
 * <p>Every model is calibrated when it is loaded, on the development set's lines that the known-merchant dictionary
 * does not answer (the lines the model will actually decide): a retrained model brings no calibration of its own,
 * and fitting one takes a few milliseconds.
 */
public final class ClassifierModel implements CategoryModel {

  private final TransactionClassifier classifier;
  private final Calibration calibration;

  private ClassifierModel(TransactionClassifier classifier, Calibration calibration) {
    this.classifier = classifier;
    this.calibration = calibration;
  }

  public static CategoryModel load(byte[] bytes) {
    TransactionClassifier classifier = TransactionClassifier.load(bytes);
    return new ClassifierModel(classifier, CalibrationFitter.fit(classifier, modelDecided(DevelopmentSet.labelled())));
  }

  /** The lines the model decides: those the known-merchant dictionary does not answer first. */
  public static List<LabelledText> modelDecided(List<LabelledText> lines) {
    KnownMerchants known = KnownMerchants.standard();
    return lines.stream().filter(line -> known.lookup(line.text()).isEmpty()).toList();
  }

  @Override
  public Prediction predict(TransactionText text) {
    return classifier.classify(text);
  }

  @Override
  public Calibration calibration() {
    return calibration;
  }
}

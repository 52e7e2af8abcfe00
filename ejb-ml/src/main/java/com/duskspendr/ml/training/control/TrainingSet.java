package com.duskspendr.ml.training.control;

import com.duskspendr.ml.classifier.control.LabelledText;
import com.duskspendr.ml.classifier.control.TransactionText;
import com.duskspendr.transactions.ledger.boundary.CorrectionHistory.SharedCorrection;
import java.util.ArrayList;
import java.util.List;

/**
 * The examples a retraining run trains on: the committed seed set plus one example per k-anonymous shared
 * correction. A correction contributes only its normalized merchant and its category: no description, no
 * amount, nothing that could single out the users behind it.
 */
public final class TrainingSet {

  private TrainingSet() {}

  public static List<LabelledText> of(List<LabelledText> seed, List<SharedCorrection> shared) {
    List<LabelledText> examples = new ArrayList<>(seed.size() + shared.size());
    examples.addAll(seed);
    for (SharedCorrection correction : shared) {
      examples.add(new LabelledText(new TransactionText(correction.merchantKey(), null, null), correction.categoryId()));
    }
    return List.copyOf(examples);
  }
}

package com.duskspendr.ml.classifier.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The model built into target/classes by the build (or trained on first use without one). */
class BootstrapModelTest {

  @Test
  void isTrainedOnTheTrainingSplitAndScoredOnTheHeldOutSplit() {
    TrainedModel model = BootstrapModel.get();
    assertEquals(SeedTrainingSet.training().size(), model.trainingSize());
    assertEquals(SeedTrainingSet.heldOut().size(), model.metrics().size());
    assertTrue(model.metrics().primaryAccuracy() >= model.metrics().subcategoryAccuracy());
    assertTrue(model.metrics().subcategoryAccuracy() > 0.3, "bootstrap model scores " + model.metrics());
    assertEquals("seed-" + SeedTrainingSet.version(), BootstrapModel.version());
    assertNotNull(BootstrapModel.class.getResource(BootstrapModel.MODEL_RESOURCE),
        "the build should have trained the model into the class path");
  }

  @Test
  void classifiesTheIssuesExamples() {
    TransactionClassifier classifier = TransactionClassifier.load(BootstrapModel.get().bytes());
    assertPrimary(classifier, "transportation", "UBER   *TRIP", null, "-18.40");
    assertPrimary(classifier, "transportation", "", "taxi home from the airport", "-35.00");
    assertPrimary(classifier, "personal_care", "", "monthly gym", "-29.90");
    assertPrimary(classifier, "income", "GEHALT NOVEMBER ACME GMBH", null, "3200.00");
    assertPrimary(classifier, "rent_and_utilities", "Miete Wohnung", null, "-950.00");
    assertPrimary(classifier, "transfer_out", "ATM WITHDRAWAL", null, "-100.00");
  }

  private static void assertPrimary(TransactionClassifier classifier, String primary, String merchant,
      String description, String amount) {
    Prediction prediction = classifier.classify(new TransactionText(merchant, description, new BigDecimal(amount)));
    assertEquals(primary, prediction.best().primary(),
        () -> merchant + "/" + description + ": " + prediction.ranked().subList(0, 3));
  }
}

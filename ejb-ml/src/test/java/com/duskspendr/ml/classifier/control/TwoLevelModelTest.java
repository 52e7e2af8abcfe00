package com.duskspendr.ml.classifier.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TwoLevelModelTest {

  private static final byte[] MODEL = new CategorizerTrainer(50, 0).train(SmallModel.examples());

  @Test
  void aTrainedModelHasAPrimaryLevelWhoseSubcategoriesAddUpToIt() {
    TransactionClassifier classifier = TransactionClassifier.load(MODEL);
    assertTrue(classifier.hasPrimaryLevel());
    Prediction prediction = classifier.classify(new TransactionText("COSTA COFFEE", null, new BigDecimal("-3.90")));
    Map<String, Double> byPrimary = prediction.ranked().stream()
        .collect(Collectors.groupingBy(ScoredCategory::primary, Collectors.summingDouble(ScoredCategory::confidence)));
    assertEquals(1.0, byPrimary.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
    assertEquals("food_and_drink.coffee", prediction.best().category());
    assertTrue(byPrimary.get("food_and_drink") > 0.5, byPrimary::toString);
  }

  @Test
  void aSingleLevelModelAsEarlierVersionsStoredItStillLoads() {
    byte[] legacy = TwoLevelModelFormat.read(MODEL).detailed();
    TransactionClassifier classifier = TransactionClassifier.load(legacy);
    assertFalse(classifier.hasPrimaryLevel());
    assertEquals("transportation.taxis_and_ride_shares",
        classifier.classify(new TransactionText("LYFT RIDE", null, new BigDecimal("-12.00"))).best().category());
  }

  @Test
  void bytesThatAreNoModelAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> TransactionClassifier.load(
        TwoLevelModelFormat.write(new byte[] {1, 2, 3}, null)));
  }
}

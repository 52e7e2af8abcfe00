package com.duskspendr.ml.classifier.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {

  private static final Prediction RAW = new Prediction(List.of(
      new ScoredCategory("food_and_drink.coffee", 0.5),
      new ScoredCategory("food_and_drink.restaurant", 0.3),
      new ScoredCategory("travel.flights", 0.2)), List.of("w:x"));

  @Test
  void primariesAreTheSumsOfTheirSubcategories() {
    CalibratedPrediction p = Calibration.NONE.apply(RAW);
    assertEquals("food_and_drink", p.primaries().get(0).category());
    assertEquals(0.8, p.primaries().get(0).confidence(), 1e-9);
    assertEquals(0.2, p.primaries().get(1).confidence(), 1e-9);
    assertEquals(0.5, p.bestUnder("food_and_drink").confidence(), 1e-9);
    assertEquals(List.of("w:x"), p.strongestFeatures());
  }

  @Test
  void aTemperatureBelowOneSharpensAndAboveOneSoftensWithoutChangingTheOrder() {
    CalibratedPrediction sharp = new Calibration(0.5, PrecisionCurve.empty(), PrecisionCurve.empty()).apply(RAW);
    CalibratedPrediction soft = new Calibration(2.0, PrecisionCurve.empty(), PrecisionCurve.empty()).apply(RAW);
    // 0.5² : 0.3² : 0.2² = 0.25 : 0.09 : 0.04
    assertEquals(0.25 / 0.38, sharp.detailed().get(0).confidence(), 1e-9);
    assertTrue(soft.detailed().get(0).confidence() < 0.5);
    assertEquals("food_and_drink.coffee", soft.detailed().get(0).category());
    assertEquals(1.0, soft.detailed().stream().mapToDouble(ScoredCategory::confidence).sum(), 1e-9);
  }

  @Test
  void theFitterPicksATemperatureFromTheLinesItIsGiven() {
    TransactionClassifier classifier = SmallModel.classifier();
    List<LabelledText> lines = List.of(
        new LabelledText(new TransactionText("COSTA COFFEE", null, new BigDecimal("-3.90")), "food_and_drink.coffee"),
        new LabelledText(new TransactionText("REWE MARKT", null, new BigDecimal("-41.00")), "food_and_drink.groceries"),
        new LabelledText(new TransactionText("LYFT RIDE", null, new BigDecimal("-12.00")),
            "transportation.taxis_and_ride_shares"));
    Calibration fitted = CalibrationFitter.fit(classifier, lines);
    assertEquals(3, fitted.primary().size());
    assertTrue(fitted.temperature() >= 0.2 && fitted.temperature() <= 5.0);
    // Right answers only: the fit sharpens as far as the grid allows.
    assertTrue(fitted.temperature() < 1.0, "temperature " + fitted.temperature());
    assertEquals(Calibration.NONE, CalibrationFitter.fit(classifier, List.of()));
  }
}

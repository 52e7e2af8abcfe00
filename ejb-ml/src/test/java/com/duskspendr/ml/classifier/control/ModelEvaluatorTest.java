package com.duskspendr.ml.classifier.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.duskspendr.ml.classifier.control.EvaluationReport.CalibrationBin;
import com.duskspendr.ml.classifier.control.EvaluationReport.ClassScore;
import com.duskspendr.ml.classifier.control.ModelEvaluator.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evaluation arithmetic on a case small enough to work out by hand (numbers in the comments). */
class ModelEvaluatorTest {

  private static final double EPS = 1e-9;

  private static Outcome outcome(String expected, String predicted, double confidence) {
    return new Outcome(expected, new ScoredCategory(predicted, confidence));
  }

  // expected            predicted            confidence  exact  primary
  // food.coffee         food.coffee          0.95        yes    yes
  // food.coffee         food.groceries       0.55        no     yes
  // food.groceries      food.groceries       0.92        yes    yes
  // travel.flights      food.coffee          0.51        no     no
  private final List<Outcome> outcomes = List.of(
      outcome("food.coffee", "food.coffee", 0.95),
      outcome("food.coffee", "food.groceries", 0.55),
      outcome("food.groceries", "food.groceries", 0.92),
      outcome("travel.flights", "food.coffee", 0.51));

  @Test
  void accuracies() {
    EvaluationReport report = ModelEvaluator.score(outcomes);
    assertEquals(4, report.size());
    assertEquals(0.75, report.primaryAccuracy(), EPS); // 3 of 4 primaries right
    assertEquals(0.5, report.subcategoryAccuracy(), EPS); // 2 of 4 exact
  }

  @Test
  void perClassAndMacroF1() {
    EvaluationReport report = ModelEvaluator.score(outcomes);
    // coffee: tp 1, expected 2, predicted 2 -> P 0.5 R 0.5 F1 0.5
    // groceries: tp 1, expected 1, predicted 2 -> P 0.5 R 1 F1 2/3
    // flights: tp 0, expected 1, predicted 0 -> 0
    assertEquals(List.of(
        new ClassScore("food.coffee", 2, 0.5, 0.5, 0.5),
        new ClassScore("food.groceries", 1, 0.5, 1.0, 2.0 / 3),
        new ClassScore("travel.flights", 1, 0, 0, 0)), report.perClass());
    assertEquals((0.5 + 2.0 / 3 + 0) / 3, report.macroF1(), EPS);
  }

  @Test
  void calibrationBinsAndExpectedCalibrationError() {
    EvaluationReport report = ModelEvaluator.score(outcomes);
    // 0.5-0.6: 0.55 (wrong) and 0.51 (wrong): mean 0.53, accuracy 0
    // 0.9-1.0: 0.95 (right) and 0.92 (right): mean 0.935, accuracy 1
    List<CalibrationBin> bins = report.calibration();
    assertEquals(2, bins.size());
    assertEquals(0.5, bins.get(0).from(), EPS);
    assertEquals(2, bins.get(0).count());
    assertEquals(0.53, bins.get(0).meanConfidence(), EPS);
    assertEquals(0, bins.get(0).accuracy(), EPS);
    assertEquals(0.9, bins.get(1).from(), EPS);
    assertEquals(0.935, bins.get(1).meanConfidence(), EPS);
    assertEquals(1, bins.get(1).accuracy(), EPS);
    // ECE = (2 * |0.53 - 0| + 2 * |0.935 - 1|) / 4 = (1.06 + 0.13) / 4
    assertEquals(1.19 / 4, report.expectedCalibrationError(), EPS);
  }

  @Test
  void nothingToScore() {
    assertEquals(new EvaluationReport(0, 0, 0, 0), ModelEvaluator.score(List.of()));
  }
}

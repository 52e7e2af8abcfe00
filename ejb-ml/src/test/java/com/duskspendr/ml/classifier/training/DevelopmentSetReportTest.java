package com.duskspendr.ml.classifier.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.duskspendr.ml.categorization.control.DecidedLevel;
import com.duskspendr.ml.classifier.training.DevelopmentSetReport.Outcome;
import com.duskspendr.ml.classifier.training.DevelopmentSetReport.Summary;
import java.util.List;
import org.junit.jupiter.api.Test;

class DevelopmentSetReportTest {

  private static Outcome filed(String expected, String answer, double confidence) {
    return new Outcome("test", expected, answer, DecidedLevel.of(answer), confidence,
        answer.contains(".") ? answer.substring(0, answer.indexOf('.')) : answer, false);
  }

  private static Outcome pending(String expected, String topPrimary, double confidence) {
    return new Outcome("test", expected, null, null, confidence, topPrimary, false);
  }

  @Test
  void aFilingIsRightAtTheLevelItWasFiledAtAndTheSummaryCountsByHand() {
    List<Outcome> outcomes = List.of(
        filed("food_and_drink.coffee", "food_and_drink.coffee", 0.95),        // right, detailed
        filed("food_and_drink.coffee", "food_and_drink", 0.92),               // right, primary
        filed("food_and_drink.coffee", "food_and_drink.restaurant", 0.96),    // primary right, detailed wrong
        filed("income.wages", "transfer_in.account_transfer", 0.97),          // wrong
        pending("rent_and_utilities.rent", "rent_and_utilities", 0.55));      // pending, top primary right

    Summary s = DevelopmentSetReport.summarize(outcomes);
    assertEquals(5, s.size());
    assertEquals(4 / 5.0, s.primaryAccuracy(), 1e-9);
    assertEquals(4 / 5.0, s.filedShare(), 1e-9);
    assertEquals(2 / 4.0, s.filedPrecision(), 1e-9);
    assertEquals(3 / 4.0, s.filedPrimaryPrecision(), 1e-9);
  }

  @Test
  void expectedCalibrationErrorWeighsEachBinsGapByItsSize() {
    // Bin 0.9: confidences 0.95 and 0.97, one right: |1.92 - 1| = 0.92. Bin 0.5: 0.55, right: 0.45. Over 3 lines.
    List<Outcome> outcomes = List.of(
        filed("food_and_drink.coffee", "food_and_drink.coffee", 0.95),
        filed("income.wages", "transfer_in.account_transfer", 0.97),
        pending("rent_and_utilities.rent", "rent_and_utilities", 0.55));
    assertEquals((0.92 + 0.45) / 3, DevelopmentSetReport.expectedCalibrationError(outcomes), 1e-9);
  }
}

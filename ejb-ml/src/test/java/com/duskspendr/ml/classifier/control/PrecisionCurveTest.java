package com.duskspendr.ml.classifier.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrecisionCurveTest {

  private static List<PrecisionCurve.Point> points(double from, double step, int count, boolean right) {
    List<PrecisionCurve.Point> points = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      points.add(new PrecisionCurve.Point(from - i * step, right));
    }
    return points;
  }

  @Test
  void theThresholdIsTheLowestConfidenceWhosePrecisionMeetsTheTarget() {
    List<PrecisionCurve.Point> points = new ArrayList<>(points(0.99, 0.01, 19, true)); // 0.99 .. 0.81
    points.add(new PrecisionCurve.Point(0.80, false));                                    // 19 of 20 = 0.95
    points.addAll(points(0.70, 0.01, 5, false));                                          // precision falls
    PrecisionCurve curve = new PrecisionCurve(points);

    assertEquals(0.80, curve.thresholdFor(0.95), 1e-9);
    assertEquals(0.81, curve.thresholdFor(0.99), 1e-9, "19 of 19 above 0.81");
    assertEquals(1.0, curve.coverageAndPrecision(0.81)[1], 1e-9);
  }

  @Test
  void tooFewLinesOrAnUnreachableTargetFallBackToTheTargetAndNeverBelowEvenOdds() {
    assertEquals(0.95, new PrecisionCurve(points(0.99, 0.01, 5, true)).thresholdFor(0.95), 1e-9);
    assertEquals(0.95, new PrecisionCurve(points(0.99, 0.01, 30, false)).thresholdFor(0.95), 1e-9);
    assertEquals(0.5, new PrecisionCurve(points(0.45, 0.01, 30, true)).thresholdFor(0.9), 1e-9);
    assertThrows(IllegalArgumentException.class, () -> PrecisionCurve.empty().thresholdFor(0));
  }
}

package com.duskspendr.ml.classifier.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits a {@link Calibration} for a classifier on labelled lines it was not trained on: the temperature that
 * maximizes the likelihood of the right primary category (a grid over 0.2 to 5, one parameter cannot over-fit a
 * few dozen lines the way isotonic bins would), then both levels' precision curves at that temperature.
 */
public final class CalibrationFitter {

  private static final int GRID = 64;
  private static final double MIN_T = 0.2;
  private static final double MAX_T = 5.0;
  private static final double FLOOR = 1e-9;

  private CalibrationFitter() {}

  public static Calibration fit(TransactionClassifier classifier, List<LabelledText> development) {
    if (development.isEmpty()) {
      return Calibration.NONE;
    }
    List<Prediction> raw = development.stream().map(line -> classifier.classify(line.text())).toList();
    double bestTemperature = 1.0;
    double bestLoss = Double.POSITIVE_INFINITY;
    for (int i = 0; i < GRID; i++) {
      double temperature = MIN_T * Math.pow(MAX_T / MIN_T, i / (double) (GRID - 1));
      Calibration candidate = new Calibration(temperature, PrecisionCurve.empty(), PrecisionCurve.empty());
      double loss = 0;
      for (int j = 0; j < raw.size(); j++) {
        String expected = primary(development.get(j).category());
        double p = candidate.apply(raw.get(j)).primaries().stream()
            .filter(s -> s.category().equals(expected)).mapToDouble(ScoredCategory::confidence).findFirst().orElse(0);
        loss -= Math.log(Math.max(FLOOR, p));
      }
      if (loss < bestLoss) {
        bestLoss = loss;
        bestTemperature = temperature;
      }
    }
    Calibration scaled = new Calibration(bestTemperature, PrecisionCurve.empty(), PrecisionCurve.empty());
    List<PrecisionCurve.Point> primaryPoints = new ArrayList<>();
    List<PrecisionCurve.Point> detailedPoints = new ArrayList<>();
    for (int j = 0; j < raw.size(); j++) {
      String expected = development.get(j).category();
      CalibratedPrediction calibrated = scaled.apply(raw.get(j));
      ScoredCategory primary = calibrated.primaries().get(0);
      ScoredCategory detailed = calibrated.bestUnder(primary.category());
      primaryPoints.add(new PrecisionCurve.Point(primary.confidence(), primary.category().equals(primary(expected))));
      detailedPoints.add(new PrecisionCurve.Point(detailed.confidence(), detailed.category().equals(expected)));
    }
    return new Calibration(bestTemperature, new PrecisionCurve(primaryPoints), new PrecisionCurve(detailedPoints));
  }

  private static String primary(String slug) {
    return new ScoredCategory(slug, 0).primary();
  }
}

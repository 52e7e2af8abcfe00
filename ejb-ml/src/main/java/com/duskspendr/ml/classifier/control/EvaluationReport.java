package com.duskspendr.ml.classifier.control;

import java.util.List;
import java.util.Objects;

/**
 * How well a model did on a held-out set. The first four fields are the contract the model registry stores and
 * the API shows; the per-class table and the calibration bins are for the evaluation command and the README.
 *
 * @param size number of held-out examples
 * @param primaryAccuracy share whose best category has the right primary (the part before the dot)
 * @param subcategoryAccuracy share whose best category is exactly right
 * @param macroF1 unweighted mean of the per-class F1 over every category that was expected or predicted
 * @param perClass precision, recall and F1 per category, by category
 * @param calibration the best category's confidence in bins of 0.1 against how often it was exactly right
 */
public record EvaluationReport(
    int size,
    double primaryAccuracy,
    double subcategoryAccuracy,
    double macroF1,
    List<ClassScore> perClass,
    List<CalibrationBin> calibration) {

  public EvaluationReport {
    perClass = List.copyOf(Objects.requireNonNull(perClass, "perClass"));
    calibration = List.copyOf(Objects.requireNonNull(calibration, "calibration"));
  }

  /** The headline numbers alone, as the model registry stores them. */
  public EvaluationReport(int size, double primaryAccuracy, double subcategoryAccuracy, double macroF1) {
    this(size, primaryAccuracy, subcategoryAccuracy, macroF1, List.of(), List.of());
  }

  /**
   * Expected calibration error: the gap between confidence and observed accuracy, averaged over the bins
   * weighted by their size. 0 is perfect; 0.05 means "90% sure" is right about 85 to 95% of the time.
   */
  public double expectedCalibrationError() {
    int total = calibration.stream().mapToInt(CalibrationBin::count).sum();
    if (total == 0) {
      return 0;
    }
    return calibration.stream()
        .mapToDouble(bin -> bin.count() * Math.abs(bin.meanConfidence() - bin.accuracy()))
        .sum() / total;
  }

  /** One category's row of the per-class table; support is how many held-out examples had it. */
  public record ClassScore(String category, int support, double precision, double recall, double f1) {}

  /** Predictions whose confidence fell in [from, to): how many, how sure on average, how often right. */
  public record CalibrationBin(double from, double to, int count, double meanConfidence, double accuracy) {}
}

package com.duskspendr.ml.classifier.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Temperature scaling of a model's probabilities, and the precision curves at both levels, fitted on the
 * development set (never the training set: a model is over-confident on what it has seen). The maximum-entropy
 * model spreads its belief over 102 subcategories; summing them per primary answers the question the user asks
 * first ("is this food?") and the temperature makes "90% sure" mean right nine times in ten.
 *
 * @param temperature divides the log-probabilities; above 1 softens, below 1 sharpens
 * @param primary the development lines' best primary: calibrated confidence and whether it was right
 * @param detailed the development lines' best subcategory within their best primary, likewise
 */
public record Calibration(double temperature, PrecisionCurve primary, PrecisionCurve detailed) {

  /** No development data: probabilities as the model gives them, thresholds equal to the precision target. */
  public static final Calibration NONE = new Calibration(1.0, PrecisionCurve.empty(), PrecisionCurve.empty());

  private static final double FLOOR = 1e-12;

  public Calibration {
    if (!(temperature > 0)) {
      throw new IllegalArgumentException("temperature must be positive");
    }
  }

  public CalibratedPrediction apply(Prediction raw) {
    List<ScoredCategory> ranked = raw.ranked();
    double[] scaled = new double[ranked.size()];
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < scaled.length; i++) {
      scaled[i] = Math.log(Math.max(FLOOR, ranked.get(i).confidence())) / temperature;
      max = Math.max(max, scaled[i]);
    }
    double sum = 0;
    for (int i = 0; i < scaled.length; i++) {
      scaled[i] = Math.exp(scaled[i] - max);
      sum += scaled[i];
    }
    List<ScoredCategory> detailed = new ArrayList<>(scaled.length);
    Map<String, Double> byPrimary = new LinkedHashMap<>();
    for (int i = 0; i < scaled.length; i++) {
      ScoredCategory category = new ScoredCategory(ranked.get(i).category(), scaled[i] / sum);
      detailed.add(category);
      byPrimary.merge(category.primary(), category.confidence(), Double::sum);
    }
    // Temperature scaling keeps the order, so the detailed list stays sorted as the model ranked it.
    List<ScoredCategory> primaries = new ArrayList<>(byPrimary.size());
    byPrimary.forEach((primary, confidence) -> primaries.add(new ScoredCategory(primary, confidence)));
    primaries.sort(Comparator.comparingDouble(ScoredCategory::confidence).reversed()
        .thenComparing(ScoredCategory::category));
    return new CalibratedPrediction(primaries, detailed, raw.strongestFeatures());
  }

  /** The lowest calibrated primary confidence that files at the primary level for a precision target. */
  public double primaryThreshold(double targetPrecision) {
    return primary.thresholdFor(targetPrecision);
  }

  /** The lowest calibrated subcategory confidence that files the subcategory too. */
  public double detailedThreshold(double targetPrecision) {
    return detailed.thresholdFor(targetPrecision);
  }
}

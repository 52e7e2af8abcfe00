package com.duskspendr.ml.classifier.control;

import com.duskspendr.ml.classifier.control.EvaluationReport.CalibrationBin;
import com.duskspendr.ml.classifier.control.EvaluationReport.ClassScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Scores a classifier on labelled examples it was not trained on. */
public final class ModelEvaluator {

  private static final int CALIBRATION_BINS = 10;

  public EvaluationReport evaluate(TransactionClassifier classifier, List<LabelledText> heldOut) {
    Objects.requireNonNull(classifier, "classifier");
    Objects.requireNonNull(heldOut, "heldOut");
    List<Outcome> outcomes = heldOut.stream()
        .map(example -> new Outcome(example.category(), classifier.classify(example.text()).best()))
        .toList();
    return score(outcomes);
  }

  /** One held-out example: what it is, and what the model said with how sure it was. */
  public record Outcome(String expected, ScoredCategory predicted) {

    boolean exact() {
      return expected.equals(predicted.category());
    }

    boolean primaryRight() {
      return new ScoredCategory(expected, 1).primary().equals(predicted.primary());
    }
  }

  /** The report for outcomes already known: the arithmetic alone, so that it can be checked by hand. */
  public static EvaluationReport score(List<Outcome> outcomes) {
    int size = outcomes.size();
    if (size == 0) {
      return new EvaluationReport(0, 0, 0, 0);
    }
    double primary = outcomes.stream().filter(Outcome::primaryRight).count() / (double) size;
    double exact = outcomes.stream().filter(Outcome::exact).count() / (double) size;
    List<ClassScore> perClass = perClass(outcomes);
    double macroF1 = perClass.stream().mapToDouble(ClassScore::f1).average().orElse(0);
    return new EvaluationReport(size, primary, exact, macroF1, perClass, calibration(outcomes));
  }

  private static List<ClassScore> perClass(List<Outcome> outcomes) {
    Map<String, int[]> counts = new TreeMap<>(); // per category: true positives, expected, predicted
    for (Outcome outcome : outcomes) {
      counts.computeIfAbsent(outcome.expected(), c -> new int[3])[1]++;
      counts.computeIfAbsent(outcome.predicted().category(), c -> new int[3])[2]++;
      if (outcome.exact()) {
        counts.get(outcome.expected())[0]++;
      }
    }
    List<ClassScore> scores = new ArrayList<>();
    counts.forEach((category, c) -> {
      double precision = c[2] == 0 ? 0 : c[0] / (double) c[2];
      double recall = c[1] == 0 ? 0 : c[0] / (double) c[1];
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      scores.add(new ClassScore(category, c[1], precision, recall, f1));
    });
    return List.copyOf(scores);
  }

  private static List<CalibrationBin> calibration(List<Outcome> outcomes) {
    int[] count = new int[CALIBRATION_BINS];
    double[] confidence = new double[CALIBRATION_BINS];
    int[] right = new int[CALIBRATION_BINS];
    for (Outcome outcome : outcomes) {
      double sure = outcome.predicted().confidence();
      int bin = Math.min(CALIBRATION_BINS - 1, (int) Math.floor(sure * CALIBRATION_BINS));
      count[bin]++;
      confidence[bin] += sure;
      right[bin] += outcome.exact() ? 1 : 0;
    }
    List<CalibrationBin> bins = new ArrayList<>();
    for (int bin = 0; bin < CALIBRATION_BINS; bin++) {
      if (count[bin] > 0) {
        bins.add(new CalibrationBin(bin / (double) CALIBRATION_BINS, (bin + 1) / (double) CALIBRATION_BINS,
            count[bin], confidence[bin] / count[bin], right[bin] / (double) count[bin]));
      }
    }
    return List.copyOf(bins);
  }
}

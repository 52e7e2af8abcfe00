package com.duskspendr.ml.classifier.training;

import com.duskspendr.ml.categorization.control.DecidedLevel;
import com.duskspendr.ml.categorization.control.LevelChoice;
import com.duskspendr.ml.classifier.control.CalibratedPrediction;
import com.duskspendr.ml.classifier.control.Calibration;
import com.duskspendr.ml.classifier.control.CalibrationFitter;
import com.duskspendr.ml.classifier.control.DevelopmentSet;
import com.duskspendr.ml.classifier.control.KnownMerchants;
import com.duskspendr.ml.classifier.control.KnownMerchants.KnownMerchant;
import com.duskspendr.ml.classifier.control.LabelledText;
import com.duskspendr.ml.classifier.control.ScoredCategory;
import com.duskspendr.ml.classifier.control.TransactionClassifier;
import com.duskspendr.ml.models.control.ClassifierModel;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The user-facing numbers: the whole decision after rules (known merchants, then the calibrated model, primary level
 * first) on the development set of real lines. The calibration is cross-fitted: each fifth of the lines is decided
 * with a calibration fitted on the other four fifths, so no line is scored by thresholds it helped to choose. The
 * in-sample figures (calibrated on every line, as the shipped model is) are printed beside them.
 */
final class DevelopmentSetReport {

  static final int FOLDS = 5;
  private static final int BINS = 10;

  /** One line's outcome. */
  record Outcome(String source, String expected, String answer, DecidedLevel level, double confidence,
      String topPrimary, boolean byDictionary) {

    boolean filed() {
      return answer != null;
    }

    boolean primaryRight() {
      return primary(expected).equals(topPrimary);
    }

    /** A filing is right when the filed category is right at the level it was filed at. */
    boolean filedRight() {
      return filed() && (level == DecidedLevel.PRIMARY ? primary(expected).equals(answer) : expected.equals(answer));
    }

    /** A filing whose primary category is right (a subcategory filing may still miss the subcategory). */
    boolean filedPrimaryRight() {
      return filed() && primary(expected).equals(primary(answer));
    }
  }

  /** Summary of a list of outcomes. */
  record Summary(int size, double primaryAccuracy, double filedShare, double filedPrecision,
      double filedPrimaryPrecision, double ece) {}

  private final double targetPrecision;
  private final double knownMerchantConfidence;

  DevelopmentSetReport(double targetPrecision, double knownMerchantConfidence) {
    this.targetPrecision = targetPrecision;
    this.knownMerchantConfidence = knownMerchantConfidence;
  }

  void print(PrintStream out, TransactionClassifier classifier) {
    List<DevelopmentSet.Line> lines = DevelopmentSet.lines();
    List<Outcome> crossFitted = crossFitted(classifier, lines);
    Calibration full = CalibrationFitter.fit(classifier, ClassifierModel.modelDecided(DevelopmentSet.labelled()));
    List<Outcome> inSample = lines.stream().map(line -> decide(classifier, full, line)).toList();
    out.printf(Locale.ROOT, "%nDevelopment set (%d real lines, %d repositories): known merchants, then the model with"
            + " calibrated confidences, target precision %.2f%n", lines.size(),
        lines.stream().map(l -> l.source().substring(0, l.source().indexOf(':'))).distinct().count(),
        targetPrecision);
    out.printf(Locale.ROOT, "calibration on all lines: temperature %.3f, primary threshold %.3f, detailed threshold"
            + " %.3f (%d model-decided lines)%n", full.temperature(), full.primaryThreshold(targetPrecision),
        full.detailedThreshold(targetPrecision), full.primary().size());
    out.printf(Locale.ROOT, "%-28s %6s %9s %7s %10s %12s %7s%n", "", "lines", "primary", "filed", "filed ok",
        "primary ok", "ECE");
    printSummary(out, "cross-fitted (5 folds)", summarize(crossFitted));
    printSummary(out, "in-sample calibration", summarize(inSample));
    out.printf(Locale.ROOT, "(filed ok: right at the level filed; primary ok: the filed category's primary is right;"
        + " ECE: the best primary's confidence against whether it was right, bins of 0.1)%n");
    long known = crossFitted.stream().filter(Outcome::byDictionary).count();
    long knownRight = crossFitted.stream().filter(Outcome::byDictionary).filter(Outcome::filedRight).count();
    long detailed = crossFitted.stream().filter(o -> o.level() == DecidedLevel.DETAILED).count();
    out.printf(Locale.ROOT, "known-merchant answers %d (right %d); filed at the detailed level %d, at the primary"
        + " level %d%n", known, knownRight, detailed, crossFitted.stream().filter(Outcome::filed).count() - detailed);
    printGrouped(out, "By repository (cross-fitted)", crossFitted, o -> repositoryOf(o.source()));
    printGrouped(out, "By source file (cross-fitted)", crossFitted, o -> sourceOf(o.source()));
    out.printf(Locale.ROOT, "%nLines answered wrongly or left pending (cross-fitted)%n");
    for (Outcome o : crossFitted) {
      if (!o.filedRight()) {
        out.printf(Locale.ROOT, "  %-22s expected %-45s %s %s %.2f%n", sourceOf(o.source()), o.expected(),
            o.filed() ? "filed " + o.answer() : "pending, best " + o.topPrimary(), o.byDictionary() ? "(known)" : "",
            o.confidence());
      }
    }
  }

  List<Outcome> crossFitted(TransactionClassifier classifier, List<DevelopmentSet.Line> lines) {
    List<Outcome> outcomes = new ArrayList<>();
    for (int fold = 0; fold < FOLDS; fold++) {
      List<LabelledText> rest = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        if (i % FOLDS != fold) {
          rest.add(lines.get(i).labelled());
        }
      }
      Calibration calibration = CalibrationFitter.fit(classifier, ClassifierModel.modelDecided(rest));
      for (int i = fold; i < lines.size(); i += FOLDS) {
        outcomes.add(decide(classifier, calibration, lines.get(i)));
      }
    }
    return outcomes;
  }

  Outcome decide(TransactionClassifier classifier, Calibration calibration, DevelopmentSet.Line line) {
    String expected = line.labelled().category();
    Optional<KnownMerchant> known = KnownMerchants.standard().lookup(line.labelled().text());
    if (known.isPresent()) {
      String category = known.get().category();
      return new Outcome(line.source(), expected, category, DecidedLevel.of(category), knownMerchantConfidence,
          primary(category), true);
    }
    CalibratedPrediction prediction = calibration.apply(classifier.classify(line.labelled().text()));
    LevelChoice choice = LevelChoice.choose(prediction, calibration.primaryThreshold(targetPrecision),
        calibration.detailedThreshold(targetPrecision), id -> true);
    return new Outcome(line.source(), expected, choice.category(), choice.level(),
        prediction.primaries().get(0).confidence(), prediction.primaries().get(0).category(), false);
  }

  static Summary summarize(List<Outcome> outcomes) {
    int size = outcomes.size();
    long primaryRight = outcomes.stream().filter(Outcome::primaryRight).count();
    long filed = outcomes.stream().filter(Outcome::filed).count();
    long filedRight = outcomes.stream().filter(Outcome::filedRight).count();
    long filedPrimaryRight = outcomes.stream().filter(Outcome::filedPrimaryRight).count();
    return new Summary(size, size == 0 ? 0 : primaryRight / (double) size, size == 0 ? 0 : filed / (double) size,
        filed == 0 ? 0 : filedRight / (double) filed, filed == 0 ? 0 : filedPrimaryRight / (double) filed,
        expectedCalibrationError(outcomes));
  }

  /** ECE of the best primary's confidence against whether the primary was right, in bins of 0.1. */
  static double expectedCalibrationError(List<Outcome> outcomes) {
    int[] count = new int[BINS];
    double[] confidence = new double[BINS];
    int[] right = new int[BINS];
    for (Outcome o : outcomes) {
      int bin = Math.min(BINS - 1, (int) Math.floor(o.confidence() * BINS));
      count[bin]++;
      confidence[bin] += o.confidence();
      right[bin] += o.primaryRight() ? 1 : 0;
    }
    double sum = 0;
    for (int bin = 0; bin < BINS; bin++) {
      if (count[bin] > 0) {
        sum += Math.abs(confidence[bin] - right[bin]);
      }
    }
    return outcomes.isEmpty() ? 0 : sum / outcomes.size();
  }

  private static void printGrouped(PrintStream out, String title, List<Outcome> outcomes,
      Function<Outcome, String> group) {
    out.printf(Locale.ROOT, "%n%s%n%-28s %6s %9s %7s %10s %7s%n", title, "source", "lines", "primary", "filed",
        "filed ok", "ECE");
    Map<String, List<Outcome>> grouped = new TreeMap<>();
    outcomes.forEach(o -> grouped.computeIfAbsent(group.apply(o), g -> new ArrayList<>()).add(o));
    grouped.forEach((source, members) -> {
      Summary s = summarize(members);
      out.printf(Locale.ROOT, "%-28s %6d %9.3f %7.3f %10.3f %7.3f%n", source, s.size(), s.primaryAccuracy(),
          s.filedShare(), s.filedPrecision(), s.ece());
    });
  }

  /** The repository (or public data set) a line came from, e.g. {@code csv2ofx}. */
  private static String repositoryOf(String source) {
    int colon = source.indexOf(':');
    return colon < 0 ? source : source.substring(0, colon);
  }

  private static void printSummary(PrintStream out, String label, Summary s) {
    out.printf(Locale.ROOT, "%-28s %6d %9.3f %7.3f %10.3f %12.3f %7.3f%n", label, s.size(), s.primaryAccuracy(),
        s.filedShare(), s.filedPrecision(), s.filedPrimaryPrecision(), s.ece());
  }

  /** The repository and file a line came from, e.g. {@code csv2ofx:ingesp}. */
  private static String sourceOf(String source) {
    return source;
  }

  private static String primary(String slug) {
    return new ScoredCategory(slug, 0).primary();
  }
}

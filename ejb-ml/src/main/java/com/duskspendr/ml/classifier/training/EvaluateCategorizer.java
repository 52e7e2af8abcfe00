package com.duskspendr.ml.classifier.training;

import com.duskspendr.ml.classifier.control.BootstrapModel;
import com.duskspendr.ml.classifier.control.CategorizerTrainer;
import com.duskspendr.ml.classifier.control.EvaluationReport;
import com.duskspendr.ml.classifier.control.EvaluationReport.CalibrationBin;
import com.duskspendr.ml.classifier.control.EvaluationReport.ClassScore;
import com.duskspendr.ml.classifier.control.LabelledText;
import com.duskspendr.ml.classifier.control.ModelEvaluator;
import com.duskspendr.ml.classifier.control.SeedTrainingSet;
import com.duskspendr.ml.classifier.control.TransactionClassifier;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;

/**
 * The evaluation command: trains on the seed set's training split, scores the held-out split (brands never
 * seen in training) and prints accuracy, macro-F1, a per-class table and a calibration table; then the decision
 * as users meet it (known merchants, calibrated model, primary level first) on the development set of real lines.
 *
 * <p>Run: {@code ./mvnw -q -pl ejb-ml -Pevaluate-categorizer process-classes}. Optional system properties
 * {@code iterations} and {@code cutoff} try other training settings, {@code targetPrecision} (0.95) and
 * {@code knownMerchantConfidence} (0.97) other decision settings; {@code -DdevSetOnly=true} prints only the
 * development-set report, with the bootstrap model the build trained (same training split, no retraining).
 */
public final class EvaluateCategorizer {

  private EvaluateCategorizer() {}

  public static void main(String[] args) {
    if (Boolean.getBoolean("devSetOnly")) {
      // The bootstrap model is trained on the same training split, so its development-set figures are the ones the
      // full run prints, without the two trainings (minutes on a loaded machine).
      developmentSetReport().print(System.out, TransactionClassifier.load(BootstrapModel.get().bytes()));
      return;
    }
    int iterations = Integer.getInteger("iterations", CategorizerTrainer.DEFAULT_ITERATIONS);
    int cutoff = Integer.getInteger("cutoff", CategorizerTrainer.DEFAULT_CUTOFF);
    List<LabelledText> training = SeedTrainingSet.training();
    List<LabelledText> heldOut = SeedTrainingSet.heldOut();
    long started = System.nanoTime();
    byte[] model = new CategorizerTrainer(iterations, cutoff).train(training);
    double trainingSeconds = (System.nanoTime() - started) / 1e9;
    TransactionClassifier classifier = TransactionClassifier.load(model);
    EvaluationReport report = new ModelEvaluator().evaluate(classifier, heldOut);
    print(System.out, report, training.size(), trainingSeconds, model.length, iterations, cutoff);
    printBySource(System.out, classifier);
    printKnownBrands(System.out, iterations, cutoff);
    developmentSetReport().print(System.out, classifier);
  }

  private static DevelopmentSetReport developmentSetReport() {
    return new DevelopmentSetReport(Double.parseDouble(System.getProperty("targetPrecision", "0.95")),
        Double.parseDouble(System.getProperty("knownMerchantConfidence", "0.97")));
  }

  /**
   * The other half of the picture: brands the model has seen, printed differently (new store number, processor,
   * city, truncation). Trains on the first variant of every training brand and scores the others.
   */
  static void printKnownBrands(PrintStream out, int iterations, int cutoff) {
    Map<String, List<LabelledText>> byGroup = new TreeMap<>();
    for (SeedTrainingSet.Example example : SeedTrainingSet.examples()) {
      if (!example.heldOut()) {
        byGroup.computeIfAbsent(example.group(), g -> new ArrayList<>()).add(example.labelled());
      }
    }
    List<LabelledText> firstVariants = new ArrayList<>();
    List<LabelledText> otherVariants = new ArrayList<>();
    byGroup.values().forEach(variants -> {
      firstVariants.add(variants.get(0));
      otherVariants.addAll(variants.subList(1, variants.size()));
    });
    TransactionClassifier classifier =
        TransactionClassifier.load(new CategorizerTrainer(iterations, cutoff).train(firstVariants));
    EvaluationReport report = new ModelEvaluator().evaluate(classifier, otherVariants);
    out.printf(Locale.ROOT, "%nKnown brands, new descriptors (train on one variant per brand, score the other %d):"
        + " primary %.3f, subcategory %.3f%n", report.size(), report.primaryAccuracy(), report.subcategoryAccuracy());
  }

  /** The held-out split by where its examples came from: brand names, MCC texts, bank lines and memos. */
  static void printBySource(PrintStream out, TransactionClassifier classifier) {
    Map<String, List<LabelledText>> bySource = new TreeMap<>();
    for (SeedTrainingSet.Example example : SeedTrainingSet.examples()) {
      if (example.heldOut()) {
        String source = example.group().substring(0, example.group().indexOf(':'));
        bySource.computeIfAbsent(source, s -> new ArrayList<>()).add(example.labelled());
      }
    }
    out.printf(Locale.ROOT, "%nHeld-out accuracy by source%n%-8s %7s %9s %12s%n", "source", "size", "primary",
        "subcategory");
    bySource.forEach((source, examples) -> {
      EvaluationReport report = new ModelEvaluator().evaluate(classifier, examples);
      out.printf(Locale.ROOT, "%-8s %7d %9.3f %12.3f%n", source, report.size(), report.primaryAccuracy(),
          report.subcategoryAccuracy());
    });
  }

  static void print(PrintStream out, EvaluationReport report, int trainingSize, double trainingSeconds,
      int modelBytes, int iterations, int cutoff) {
    out.printf(Locale.ROOT, "Seed training set %s: %d training examples, %d held-out (split by brand)%n",
        SeedTrainingSet.version(), trainingSize, report.size());
    out.printf(Locale.ROOT, "Maxent (GIS), %d iterations, cutoff %d: trained in %.1f s, model %.1f MB%n%n",
        iterations, cutoff, trainingSeconds, modelBytes / 1e6);
    out.printf(Locale.ROOT, "primary accuracy      %.4f%n", report.primaryAccuracy());
    out.printf(Locale.ROOT, "subcategory accuracy  %.4f%n", report.subcategoryAccuracy());
    out.printf(Locale.ROOT, "macro-F1 (subcategory) %.4f%n", report.macroF1());
    out.printf(Locale.ROOT, "expected calib. error %.4f%n%n", report.expectedCalibrationError());
    out.printf(Locale.ROOT, "%-58s %7s %9s %7s %6s%n", "category", "support", "precision", "recall", "F1");
    for (ClassScore score : report.perClass()) {
      out.printf(Locale.ROOT, "%-58s %7d %9.3f %7.3f %6.3f%n", score.category(), score.support(),
          score.precision(), score.recall(), score.f1());
    }
    out.printf(Locale.ROOT, "%nCalibration (confidence of the best category vs. how often it was exactly right)%n");
    out.printf(Locale.ROOT, "%-11s %7s %15s %9s%n", "confidence", "count", "mean confidence", "accuracy");
    for (CalibrationBin bin : report.calibration()) {
      out.printf(Locale.ROOT, "%.1f - %.1f  %7d %15.3f %9.3f%n", bin.from(), bin.to(), bin.count(),
          bin.meanConfidence(), bin.accuracy());
    }
  }
}

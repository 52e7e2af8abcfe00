package com.duskspendr.ml.classifier.training;

import com.duskspendr.ml.categorization.control.DecisionOrder;
import com.duskspendr.ml.categorization.control.DecisionOrder.KnownAnswer;
import com.duskspendr.ml.categorization.control.DecisionOrder.ModelAnswer;
import com.duskspendr.ml.classifier.control.BootstrapModel;
import com.duskspendr.ml.classifier.control.DevelopmentSet;
import com.duskspendr.ml.classifier.control.KnownMerchants;
import com.duskspendr.ml.classifier.control.LabelledText;
import com.duskspendr.ml.classifier.control.SeedTrainingSet;
import com.duskspendr.ml.classifier.control.TransactionText;
import com.duskspendr.ml.models.control.CategoryModel;
import com.duskspendr.ml.models.control.ClassifierModel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * In-process latency of one categorization as the pipeline runs it after the user's rules and corrections: the
 * known-merchant lookup, then (on a miss) the two-level model, its calibration and the level choice
 * ({@link DecisionOrder}), on the bootstrap model, over the held-out descriptors and the development set's lines:
 * warm-up, then one timed call at a time so that p50/p99 are per call.
 *
 * <p>Run: {@code ./mvnw -q -pl ejb-ml -am -Pbenchmark-categorizer test-compile} (system properties {@code calls},
 * {@code warmup}).
 */
public final class ClassifierLatencyBenchmark {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ClassifierLatencyBenchmark() {}

  public static void main(String[] args) {
    int calls = Integer.getInteger("calls", 100_000);
    int warmup = Integer.getInteger("warmup", 20_000);
    long loadStarted = System.nanoTime();
    CategoryModel model = ClassifierModel.load(BootstrapModel.get().bytes());
    KnownMerchants known = KnownMerchants.standard();
    double loadMillis = (System.nanoTime() - loadStarted) / 1e6;
    DecisionOrder order = new DecisionOrder(0.95, 3, 0.97);
    List<TransactionText> inputs = new ArrayList<>();
    SeedTrainingSet.heldOut().stream().map(LabelledText::text).forEach(inputs::add);
    DevelopmentSet.labelled().stream().map(LabelledText::text).forEach(inputs::add);
    List<TransactionText> misses = inputs.stream().filter(text -> known.lookup(text).isEmpty()).toList();
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    System.out.printf(Locale.ROOT, "model %s (%.1f MB serialized) and %d known names, loaded and calibrated in"
            + " %.0f ms; heap in use after load ~%.0f MB%n", BootstrapModel.version(),
        BootstrapModel.get().bytes().length / 1e6, known.size(), loadMillis,
        (runtime.totalMemory() - runtime.freeMemory()) / 1e6);
    run("every input (held-out descriptors and development lines)", order, known, model, inputs, calls, warmup);
    run("only the inputs the dictionary does not know (the model decides)", order, known, model, misses, calls,
        warmup);
  }

  private static void run(String label, DecisionOrder order, KnownMerchants known, CategoryModel model,
      List<TransactionText> inputs, int calls, int warmup) {
    long sink = 0;
    for (int i = 0; i < warmup; i++) {
      sink += decide(order, known, model, inputs.get(i % inputs.size()));
    }
    long[] nanos = new long[calls];
    long[] cpuNanos = new long[calls];
    long started = System.nanoTime();
    for (int i = 0; i < calls; i++) {
      long cpu = THREADS.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      sink += decide(order, known, model, inputs.get(i % inputs.size()));
      nanos[i] = System.nanoTime() - t;
      cpuNanos[i] = THREADS.getCurrentThreadCpuTime() - cpu;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    Arrays.sort(nanos);
    Arrays.sort(cpuNanos);
    System.out.printf(Locale.ROOT, "%s, %d inputs: %d decisions after %d warm-up, one thread: p50 %.1f us,"
            + " p90 %.1f us, p99 %.1f us, max %.1f us, %.0f decisions/s (checksum %d)%n", label, inputs.size(),
        calls, warmup, percentile(nanos, 0.50), percentile(nanos, 0.90), percentile(nanos, 0.99),
        nanos[nanos.length - 1] / 1e3, calls / seconds, sink);
    // On a shared machine the wall clock also counts the time other processes had the core; the thread's own CPU
    // time is what the decision costs.
    System.out.printf(Locale.ROOT, "  the same calls in this thread's CPU time: p50 %.1f us, p90 %.1f us, p99 %.1f us%n",
        percentile(cpuNanos, 0.50), percentile(cpuNanos, 0.90), percentile(cpuNanos, 0.99));
  }

  private static int decide(DecisionOrder order, KnownMerchants known, CategoryModel model, TransactionText text) {
    return order.decide(Optional.empty(), Optional.empty(),
        () -> known.lookup(text).map(m -> new KnownAnswer(known.version(), m)),
        () -> Optional.of(new ModelAnswer("bench", model.predict(text), model.calibration())),
        id -> true).alternatives().size();
  }

  private static double percentile(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e3;
  }
}

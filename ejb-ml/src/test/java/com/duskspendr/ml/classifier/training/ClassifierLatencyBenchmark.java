package com.duskspendr.ml.classifier.training;

import com.duskspendr.ml.classifier.control.BootstrapModel;
import com.duskspendr.ml.classifier.control.LabelledText;
import com.duskspendr.ml.classifier.control.SeedTrainingSet;
import com.duskspendr.ml.classifier.control.TransactionClassifier;
import com.duskspendr.ml.classifier.control.TransactionText;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * In-process latency of {@link TransactionClassifier#classify} on the bootstrap model, over the held-out
 * descriptors: warm-up, then one timed call at a time so that p50/p99 are per call.
 *
 * <p>Run: {@code ./mvnw -q -pl ejb-ml -Pbenchmark-categorizer test-compile} (system properties {@code calls},
 * {@code warmup}).
 */
public final class ClassifierLatencyBenchmark {

  private ClassifierLatencyBenchmark() {}

  public static void main(String[] args) {
    int calls = Integer.getInteger("calls", 100_000);
    int warmup = Integer.getInteger("warmup", 20_000);
    long loadStarted = System.nanoTime();
    TransactionClassifier classifier = TransactionClassifier.load(BootstrapModel.get().bytes());
    double loadMillis = (System.nanoTime() - loadStarted) / 1e6;
    List<TransactionText> inputs = SeedTrainingSet.heldOut().stream().map(LabelledText::text).toList();
    long sink = 0;
    for (int i = 0; i < warmup; i++) {
      sink += classifier.classify(inputs.get(i % inputs.size())).ranked().size();
    }
    long[] nanos = new long[calls];
    long started = System.nanoTime();
    for (int i = 0; i < calls; i++) {
      long t = System.nanoTime();
      sink += classifier.classify(inputs.get(i % inputs.size())).ranked().size();
      nanos[i] = System.nanoTime() - t;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    Arrays.sort(nanos);
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    System.out.printf(Locale.ROOT, "model %s (%.1f MB serialized), loaded in %.0f ms; heap in use after load ~%.0f MB%n",
        BootstrapModel.version(), BootstrapModel.get().bytes().length / 1e6, loadMillis,
        (runtime.totalMemory() - runtime.freeMemory()) / 1e6);
    System.out.printf(Locale.ROOT, "%d calls after %d warm-up, one thread: p50 %.1f us, p90 %.1f us, p99 %.1f us,"
            + " max %.1f us, %.0f calls/s (checksum %d)%n",
        calls, warmup, percentile(nanos, 0.50), percentile(nanos, 0.90), percentile(nanos, 0.99),
        nanos[nanos.length - 1] / 1e3, calls / seconds, sink);
  }

  private static double percentile(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e3;
  }
}

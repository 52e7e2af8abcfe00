package com.duskspendr.ml.classifier.training;

import com.duskspendr.ml.classifier.control.BootstrapModel;
import com.duskspendr.ml.classifier.control.TrainedModel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Build step (Maven process-classes): trains the bootstrap model and writes {@code bootstrap-model.bin} and
 * {@code bootstrap-model.properties} into the directory given as the only argument.
 */
public final class BuildBootstrapModel {

  private BuildBootstrapModel() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: BuildBootstrapModel <output directory>");
    }
    Path directory = Path.of(args[0]);
    Files.createDirectories(directory);
    long started = System.nanoTime();
    TrainedModel model = BootstrapModel.train();
    Files.write(directory.resolve("bootstrap-model.bin"), model.bytes());
    try (OutputStream out = Files.newOutputStream(directory.resolve("bootstrap-model.properties"))) {
      BootstrapModel.describe(model).store(out, "bootstrap categorizer " + BootstrapModel.version());
    }
    System.out.printf(Locale.ROOT,
        "[ejb-ml] bootstrap model %s: %d training examples, %.1f MB, primary accuracy %.3f, built in %.1f s%n",
        BootstrapModel.version(), model.trainingSize(), model.bytes().length / 1e6,
        model.metrics().primaryAccuracy(), (System.nanoTime() - started) / 1e9);
  }
}

package com.duskspendr.ml.classifier.training;

import com.duskspendr.ml.classifier.control.BootstrapModel;
import com.duskspendr.ml.classifier.control.TrainedModel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Build step (Maven process-classes): trains the bootstrap model and writes {@code bootstrap-model.bin} and
 * {@code bootstrap-model.properties} into the directory given as the only argument (target/classes/ml), unless
 * they are newer than everything else in the class output.
 */
public final class BuildBootstrapModel {

  private BuildBootstrapModel() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: BuildBootstrapModel <output directory>");
    }
    Path directory = Path.of(args[0]);
    Files.createDirectories(directory);
    if (isUpToDate(directory)) {
      System.out.println("[ejb-ml] bootstrap model is up to date");
      return;
    }
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

  /**
   * Incremental builds skip the training: the model is current when it is newer than every other file in the
   * class output (the classes that compute features, and the seed set copied there as a resource).
   */
  private static boolean isUpToDate(Path directory) throws IOException {
    Path model = directory.resolve("bootstrap-model.bin");
    Path metrics = directory.resolve("bootstrap-model.properties");
    if (!Files.exists(model) || !Files.exists(metrics)) {
      return false;
    }
    FileTime built = Files.getLastModifiedTime(metrics);
    try (Stream<Path> files = Files.walk(directory.getParent())) {
      return files.filter(Files::isRegularFile)
          .filter(file -> !file.equals(model) && !file.equals(metrics))
          .allMatch(file -> lastModified(file).compareTo(built) < 0);
    }
  }

  private static FileTime lastModified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

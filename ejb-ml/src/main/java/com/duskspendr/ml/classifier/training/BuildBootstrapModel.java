package com.duskspendr.ml.classifier.training;

import com.duskspendr.ml.classifier.control.BootstrapModel;
import com.duskspendr.ml.classifier.control.TrainedModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Build step (Maven process-classes): trains the bootstrap model and writes {@code bootstrap-model.bin} and
 * {@code bootstrap-model.properties} into the directory given as the only argument (target/classes/ml), unless
 * they were trained from the same inputs (see {@link #isUpToDate}).
 */
public final class BuildBootstrapModel {

  /** The package whose classes turn a line into features and train on them, relative to the class output. */
  private static final String TRAINED_FROM_CLASSES = "com/duskspendr/ml/classifier/control";
  /** The training data, relative to the model's directory. */
  private static final String TRAINED_FROM_DATA = "seed-training-set.tsv";
  /**
   * Classes of that package that only use a trained model (the dictionary, the development set, calibration and
   * thresholds): the features and the trainer never call them, so changing them leaves the model as it is.
   */
  private static final List<String> NOT_TRAINED_FROM = List.of("KnownMerchants", "DevelopmentSet", "Calibration",
      "CalibrationFitter", "CalibratedPrediction", "PrecisionCurve", "MerchantCategoryCodes");
  /** The metrics file's key for {@link #trainingInputsDigest}. */
  private static final String DIGEST = "trainingInputsSha256";

  private BuildBootstrapModel() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: BuildBootstrapModel <output directory>");
    }
    Path directory = Path.of(args[0]);
    Files.createDirectories(directory);
    String digest = trainingInputsDigest(directory);
    if (isUpToDate(directory, digest)) {
      System.out.println("[ejb-ml] bootstrap model is up to date");
      return;
    }
    long started = System.nanoTime();
    TrainedModel model = BootstrapModel.train();
    Files.write(directory.resolve("bootstrap-model.bin"), model.bytes());
    try (OutputStream out = Files.newOutputStream(directory.resolve("bootstrap-model.properties"))) {
      Properties properties = BootstrapModel.describe(model);
      properties.setProperty(DIGEST, digest);
      properties.store(out, "bootstrap categorizer " + BootstrapModel.version());
    }
    System.out.printf(Locale.ROOT,
        "[ejb-ml] bootstrap model %s: %d training examples, %.1f MB, primary accuracy %.3f, built in %.1f s%n",
        BootstrapModel.version(), model.trainingSize(), model.bytes().length / 1e6,
        model.metrics().primaryAccuracy(), (System.nanoTime() - started) / 1e9);
  }

  /**
   * Incremental builds skip the training: the model is current when the digest of what it is trained from, stored
   * beside it, still matches: the classifier classes (normalizer, features, trainer; {@code classifier/control}
   * imports nothing else of ours) and the seed set. A digest rather than timestamps, since Maven recompiles every
   * class when one source changes, and the development set, the merchant dictionary and the decision code are not
   * training inputs: changing them should not cost a training (over a minute on a loaded machine).
   */
  private static boolean isUpToDate(Path directory, String digest) throws IOException {
    Path model = directory.resolve("bootstrap-model.bin");
    Path metrics = directory.resolve("bootstrap-model.properties");
    if (!Files.exists(model) || !Files.exists(metrics)) {
      return false;
    }
    Properties stored = new Properties();
    try (InputStream in = Files.newInputStream(metrics)) {
      stored.load(in);
    }
    return digest.equals(stored.getProperty(DIGEST));
  }

  private static boolean notTrainedFrom(Path file) {
    String name = file.getFileName().toString();
    return NOT_TRAINED_FROM.stream().anyMatch(prefix -> name.startsWith(prefix + ".") || name.startsWith(prefix + "$"));
  }

  /** SHA-256 over the training inputs' relative paths and bytes, in path order. */
  static String trainingInputsDigest(Path directory) throws IOException {
    Path classes = directory.getParent();
    List<Path> inputs = new ArrayList<>();
    Path classifier = classes.resolve(TRAINED_FROM_CLASSES);
    if (Files.isDirectory(classifier)) {
      try (Stream<Path> files = Files.walk(classifier)) {
        files.filter(Files::isRegularFile).filter(file -> !notTrainedFrom(file)).forEach(inputs::add);
      }
    }
    Path seed = directory.resolve(TRAINED_FROM_DATA);
    if (Files.exists(seed)) {
      inputs.add(seed);
    }
    inputs.sort(Comparator.comparing(file -> classes.relativize(file).toString()));
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Path file : inputs) {
        sha.update(classes.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
        sha.update(Files.readAllBytes(file));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

}

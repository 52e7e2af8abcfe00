package com.duskspendr.ml.classifier.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The model trained from the seed set alone, which a fresh installation activates first (the registry stores
 * it as version {@code seed-<data set version>}).
 *
 * <p>It is trained on the seed set's training split and scored on its held-out split at build time (Maven's
 * process-classes phase runs {@code BuildBootstrapModel}) and lands in the jar as {@code ml/bootstrap-model.bin},
 * with its numbers in {@code ml/bootstrap-model.properties}: no binary in git, no training at start-up. When those
 * resources are missing or belong to another data set version (a class path built without Maven, e.g. in an
 * IDE), the model is trained here on first use instead.
 */
public final class BootstrapModel {

  public static final String MODEL_RESOURCE = "/ml/bootstrap-model.bin";
  public static final String METRICS_RESOURCE = "/ml/bootstrap-model.properties";

  private BootstrapModel() {}

  public static TrainedModel get() {
    return Holder.MODEL;
  }

  /** The registry's version name for the bootstrap model. */
  public static String version() {
    return "seed-" + SeedTrainingSet.version();
  }

  /** Trains the bootstrap model from scratch: the build's entry point, and the fallback without one. */
  public static TrainedModel train() {
    byte[] bytes = new CategorizerTrainer().train(SeedTrainingSet.training());
    EvaluationReport metrics =
        new ModelEvaluator().evaluate(TransactionClassifier.load(bytes), SeedTrainingSet.heldOut());
    return new TrainedModel(bytes, SeedTrainingSet.training().size(), metrics);
  }

  /** The metrics file's content for a trained model. */
  public static Properties describe(TrainedModel model) {
    Properties properties = new Properties();
    properties.setProperty("dataSetVersion", SeedTrainingSet.version());
    properties.setProperty("trainingSize", Integer.toString(model.trainingSize()));
    properties.setProperty("size", Integer.toString(model.metrics().size()));
    properties.setProperty("primaryAccuracy", Double.toString(model.metrics().primaryAccuracy()));
    properties.setProperty("subcategoryAccuracy", Double.toString(model.metrics().subcategoryAccuracy()));
    properties.setProperty("macroF1", Double.toString(model.metrics().macroF1()));
    return properties;
  }

  /** Loaded once, on first call of {@link #get()} (class initialization is thread-safe). */
  private static final class Holder {
    static final TrainedModel MODEL = loadOrTrain();

    private static TrainedModel loadOrTrain() {
      try (InputStream model = BootstrapModel.class.getResourceAsStream(MODEL_RESOURCE);
           InputStream metrics = BootstrapModel.class.getResourceAsStream(METRICS_RESOURCE)) {
        if (model == null || metrics == null) {
          return train();
        }
        Properties properties = new Properties();
        properties.load(metrics);
        if (!SeedTrainingSet.version().equals(properties.getProperty("dataSetVersion"))) {
          return train();
        }
        EvaluationReport report = new EvaluationReport(
            Integer.parseInt(properties.getProperty("size")),
            Double.parseDouble(properties.getProperty("primaryAccuracy")),
            Double.parseDouble(properties.getProperty("subcategoryAccuracy")),
            Double.parseDouble(properties.getProperty("macroF1")));
        return new TrainedModel(model.readAllBytes(), Integer.parseInt(properties.getProperty("trainingSize")),
            report);
      } catch (IOException e) {
        throw new UncheckedIOException("reading the bootstrap model failed", e);
      }
    }
  }
}

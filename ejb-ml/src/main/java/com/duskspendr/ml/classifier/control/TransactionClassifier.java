package com.duskspendr.ml.classifier.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained model ready to classify. Thread-safe: one instance serves every caller at once.
 *
 * <p>OpenNLP's {@code DocumentCategorizerME} is not thread-safe, so it is not used here. This class does what
 * it does (feature generators, then {@code MaxentModel.eval}) itself: the model's parameters are read-only after
 * loading, {@code GISModel.eval(String[])} writes only into an array it allocates per call (checked in the
 * OpenNLP 2.5 sources), and its {@code BagOfWordsFeatureGenerator} keeps no state. So there are no locks and no
 * per-thread copies of a model that weighs tens of megabytes.
 */
public final class TransactionClassifier {

  private static final int EXPLAINING_FEATURES = 3;

  private final MaxentModel model;
  private final FeatureGenerator[] generators;
  private final Map<String, Context> parametersByFeature;

  private TransactionClassifier(DoccatModel doccat) {
    this.model = doccat.getMaxentModel();
    this.generators = doccat.getFactory().getFeatureGenerators();
    this.parametersByFeature = parameters(model);
  }

  /** Loads a model produced by {@link CategorizerTrainer#train}. */
  public static TransactionClassifier load(byte[] model) {
    Objects.requireNonNull(model, "model");
    try {
      return new TransactionClassifier(new DoccatModel(new ByteArrayInputStream(model)));
    } catch (IOException e) {
      throw new UncheckedIOException("not a categorizer model", e);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a categorizer model", e);
    }
  }

  public Prediction classify(TransactionText text) {
    Objects.requireNonNull(text, "text");
    String[] context = context(TransactionFeatures.of(text));
    double[] probabilities = model.eval(context);
    List<ScoredCategory> ranked = new ArrayList<>(probabilities.length);
    for (int i = 0; i < probabilities.length; i++) {
      ranked.add(new ScoredCategory(model.getOutcome(i), probabilities[i]));
    }
    ranked.sort(Comparator.comparingDouble(ScoredCategory::confidence).reversed()
        .thenComparing(ScoredCategory::category));
    return new Prediction(List.copyOf(ranked), strongestFeatures(context, ranked.get(0).category()));
  }

  /** The categories this model can predict. */
  public List<String> categories() {
    List<String> categories = new ArrayList<>();
    for (int i = 0; i < model.getNumOutcomes(); i++) {
      categories.add(model.getOutcome(i));
    }
    return List.copyOf(categories);
  }

  private String[] context(String[] features) {
    List<String> context = new ArrayList<>();
    for (FeatureGenerator generator : generators) {
      context.addAll(generator.extractFeatures(features, Map.of()));
    }
    return context.toArray(String[]::new);
  }

  /** The features that pushed hardest towards the winning category, positive weights only, readable. */
  private List<String> strongestFeatures(String[] context, String winner) {
    int outcome = model.getIndex(winner);
    record Weighted(String feature, double weight) {}
    List<Weighted> weighted = new ArrayList<>();
    for (String feature : new LinkedHashSet<>(Arrays.asList(context))) {
      Context parameters = parametersByFeature.get(feature);
      if (parameters == null) {
        continue;
      }
      int[] outcomes = parameters.getOutcomes();
      for (int i = 0; i < outcomes.length; i++) {
        if (outcomes[i] == outcome && parameters.getParameters()[i] > 0) {
          weighted.add(new Weighted(feature, parameters.getParameters()[i]));
        }
      }
    }
    return weighted.stream()
        .sorted(Comparator.comparingDouble(Weighted::weight).reversed().thenComparing(Weighted::feature))
        .limit(EXPLAINING_FEATURES)
        .map(w -> TransactionFeatures.describe(withoutGeneratorPrefix(w.feature())))
        .toList();
  }

  /** OpenNLP's bag of words prefixes every feature with "bow=". */
  private static String withoutGeneratorPrefix(String feature) {
    return feature.startsWith("bow=") ? feature.substring("bow=".length()) : feature;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Context> parameters(MaxentModel model) {
    if (model instanceof AbstractModel abstractModel) {
      return (Map<String, Context>) abstractModel.getDataStructures()[1];
    }
    return Map.of();
  }
}

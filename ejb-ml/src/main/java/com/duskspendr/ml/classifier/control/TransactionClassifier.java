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
 * per-thread copies of a model that weighs tens of megabytes. A model has a detailed and a primary level (see
 * {@link CategorizerTrainer}); both are read the same way.
 */
public final class TransactionClassifier {

  private static final int EXPLAINING_FEATURES = 3;

  private final Level detailed;
  /** Null for a single-level model: the primaries are then the sums of the subcategories. */
  private final Level primary;
  /** Per detailed outcome, the index of its primary among the primary model's outcomes (-1 if it has none). */
  private final int[] primaryOfDetailed;

  private TransactionClassifier(Level detailed, Level primary) {
    this.detailed = detailed;
    this.primary = primary;
    this.primaryOfDetailed = new int[detailed.model.getNumOutcomes()];
    for (int i = 0; i < primaryOfDetailed.length; i++) {
      primaryOfDetailed[i] = primary == null ? -1
          : primary.model.getIndex(new ScoredCategory(detailed.model.getOutcome(i), 0).primary());
    }
  }

  /** Loads a model produced by {@link CategorizerTrainer#train}. */
  public static TransactionClassifier load(byte[] model) {
    Objects.requireNonNull(model, "model");
    TwoLevelModelFormat.Parts parts = TwoLevelModelFormat.read(model);
    return new TransactionClassifier(Level.load(parts.detailed()),
        parts.primary() == null ? null : Level.load(parts.primary()));
  }

  /**
   * Every detailed category with its probability. With a primary model, a subcategory's probability is its
   * primary's probability from the primary model times its share among its siblings in the detailed model, so the
   * subcategories of a primary add up to what the primary model says.
   */
  public Prediction classify(TransactionText text) {
    Objects.requireNonNull(text, "text");
    String[] features = TransactionFeatures.of(text);
    String[] context = detailed.context(features);
    double[] probabilities = detailed.model.eval(context);
    if (primary != null) {
      combine(probabilities, primary.model.eval(primary.context(features)));
    }
    List<ScoredCategory> ranked = new ArrayList<>(probabilities.length);
    for (int i = 0; i < probabilities.length; i++) {
      ranked.add(new ScoredCategory(detailed.model.getOutcome(i), probabilities[i]));
    }
    ranked.sort(Comparator.comparingDouble(ScoredCategory::confidence).reversed()
        .thenComparing(ScoredCategory::category));
    return new Prediction(List.copyOf(ranked), detailed.strongestFeatures(context, ranked.get(0).category()));
  }

  private void combine(double[] detailedProbabilities, double[] primaryProbabilities) {
    double[] siblings = new double[primaryProbabilities.length];
    for (int i = 0; i < detailedProbabilities.length; i++) {
      if (primaryOfDetailed[i] >= 0) {
        siblings[primaryOfDetailed[i]] += detailedProbabilities[i];
      }
    }
    for (int i = 0; i < detailedProbabilities.length; i++) {
      int p = primaryOfDetailed[i];
      if (p >= 0 && siblings[p] > 0) {
        detailedProbabilities[i] = primaryProbabilities[p] * detailedProbabilities[i] / siblings[p];
      }
    }
  }

  /** The categories this model can predict. */
  public List<String> categories() {
    List<String> categories = new ArrayList<>();
    for (int i = 0; i < detailed.model.getNumOutcomes(); i++) {
      categories.add(detailed.model.getOutcome(i));
    }
    return List.copyOf(categories);
  }

  /** Whether this model has its own primary level (models before 2026.12 do not). */
  public boolean hasPrimaryLevel() {
    return primary != null;
  }

  /** One OpenNLP maximum-entropy model with its feature generators. */
  private static final class Level {

    private final MaxentModel model;
    private final FeatureGenerator[] generators;
    private final Map<String, Context> parametersByFeature;

    private Level(DoccatModel doccat) {
      this.model = doccat.getMaxentModel();
      this.generators = doccat.getFactory().getFeatureGenerators();
      this.parametersByFeature = parameters(model);
    }

    static Level load(byte[] bytes) {
      try {
        return new Level(new DoccatModel(new ByteArrayInputStream(bytes)));
      } catch (IOException e) {
        throw new UncheckedIOException("not a categorizer model", e);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("not a categorizer model", e);
      }
    }

    String[] context(String[] features) {
      List<String> context = new ArrayList<>();
      for (FeatureGenerator generator : generators) {
        context.addAll(generator.extractFeatures(features, Map.of()));
      }
      return context.toArray(String[]::new);
    }

    /** The features that pushed hardest towards the winning category, positive weights only, readable. */
    List<String> strongestFeatures(String[] context, String winner) {
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

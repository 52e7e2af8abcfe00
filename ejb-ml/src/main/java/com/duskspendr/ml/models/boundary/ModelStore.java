package com.duskspendr.ml.models.boundary;

import com.duskspendr.ml.classifier.control.TrainedModel;
import com.duskspendr.ml.models.entity.ModelMetrics;
import com.duskspendr.ml.models.entity.ModelSummary;
import com.duskspendr.ml.models.entity.ModelVersion;
import com.duskspendr.ml.models.entity.ModelVersionRepository;
import com.duskspendr.platform.failure.RecordNotFoundException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The stored model versions: saving, activating, reading. Each method is its own transaction or joins the caller's. */
@Stateless
public class ModelStore {

  @Inject ModelVersionRepository models;

  /** A stored model's bytes and which version they are. */
  public record StoredBytes(long id, String version, byte[] bytes) {}

  /**
   * Stores and activates the bootstrap model unless some model exists already. Under the registry's lock,
   * in its own transaction: of several instances starting at once, one stores it and the others find it.
   *
   * @return whether this call stored it
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean bootstrapIfEmpty(String version, Supplier<TrainedModel> bootstrap) {
    models.lockRegistry();
    if (!models.isEmpty()) {
      return false;
    }
    TrainedModel trained = bootstrap.get();
    ModelVersion model = models.add(new ModelVersion(
        version, trained.bytes(), trained.trainingSize(), ModelMetrics.of(trained.metrics()), now()));
    models.activate(model, now());
    return true;
  }

  public Optional<Long> activeId() {
    return models.activeId();
  }

  public Optional<ModelSummary> active() {
    return models.activeId().flatMap(models::find).map(ModelVersion::summary);
  }

  public Optional<StoredBytes> bytes(long id) {
    return models.find(id).map(m -> new StoredBytes(m.id(), m.version(), m.bytes()));
  }

  /** Stores a new, inactive version. */
  public ModelSummary save(String version, byte[] bytes, int trainingSize, ModelMetrics metrics) {
    return models.add(new ModelVersion(version, bytes, trainingSize, metrics, now())).summary();
  }

  /** The stored versions with their metrics, newest first (an admin picks one to activate or roll back to). */
  public List<ModelSummary> versions(int limit) {
    return models.summaries(limit);
  }

  /**
   * Makes this version the active one, under the registry's lock: a newer one, or an older one to roll back
   * to. Other instances load it on their next poll.
   *
   * @throws RecordNotFoundException no version has this id
   */
  public ModelSummary activate(long id) {
    models.lockRegistry();
    ModelVersion model = models.find(id).orElseThrow(() -> new RecordNotFoundException("Model version"));
    models.activate(model, now());
    return model.summary();
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }
}

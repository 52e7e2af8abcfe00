package com.duskspendr.ml.models.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A trained model: its bytes, how many examples trained it, how it scored, and whether it is the active one. */
@Entity
@Table(schema = "ml", name = "model_version")
@NamedQuery(name = ModelVersion.FIND_ACTIVE_ID, query = "SELECT m.id FROM ModelVersion m WHERE m.active = TRUE")
@NamedQuery(name = ModelVersion.DEACTIVATE_ALL, query = "UPDATE ModelVersion m SET m.active = FALSE WHERE m.active = TRUE")
@NamedQuery(name = ModelVersion.COUNT, query = "SELECT COUNT(m) FROM ModelVersion m")
// The summaries without the model bytes (megabytes each), newest first.
@NamedQuery(
    name = ModelVersion.LIST_SUMMARIES,
    query = "SELECT NEW com.duskspendr.ml.models.entity.ModelSummary(m.id, m.version, m.trainingSize, m.metrics,"
        + " m.createdAt, m.activatedAt, m.active) FROM ModelVersion m ORDER BY m.id DESC")
public class ModelVersion {

  public static final String LIST_SUMMARIES = "ModelVersion.listSummaries";

  public static final String FIND_ACTIVE_ID = "ModelVersion.findActiveId";
  public static final String DEACTIVATE_ALL = "ModelVersion.deactivateAll";
  public static final String COUNT = "ModelVersion.count";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id", nullable = false, updatable = false)
  private Long id;

  @Column(name = "version", nullable = false, updatable = false, length = 100)
  private String version;

  @Column(name = "bytes", nullable = false, updatable = false)
  private byte[] bytes;

  @Column(name = "training_size", nullable = false, updatable = false)
  private int trainingSize;

  @Convert(converter = MetricsColumnConverter.class)
  @Column(name = "metrics", nullable = false, updatable = false)
  private ModelMetrics metrics;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "activated_at")
  private OffsetDateTime activatedAt;

  @Column(name = "active", nullable = false)
  private boolean active;

  /** For JPA only. */
  protected ModelVersion() {}

  public ModelVersion(String version, byte[] bytes, int trainingSize, ModelMetrics metrics, OffsetDateTime createdAt) {
    this.version = Objects.requireNonNull(version, "version");
    this.bytes = Objects.requireNonNull(bytes, "bytes");
    this.trainingSize = trainingSize;
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Call only after every other version was deactivated (one active row: a partial unique index). */
  public void activate(OffsetDateTime at) {
    this.active = true;
    this.activatedAt = at;
  }

  public Long id() {
    return id;
  }

  public String version() {
    return version;
  }

  public byte[] bytes() {
    return bytes;
  }

  public int trainingSize() {
    return trainingSize;
  }

  public ModelMetrics metrics() {
    return metrics;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime activatedAt() {
    return activatedAt;
  }

  public boolean active() {
    return active;
  }

  public ModelSummary summary() {
    return new ModelSummary(id, version, trainingSize, metrics, createdAt, activatedAt, active);
  }
}

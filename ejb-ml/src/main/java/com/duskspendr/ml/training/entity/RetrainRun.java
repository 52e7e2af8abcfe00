package com.duskspendr.ml.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One run of the retraining job: when and why it started, and how it ended. */
@Entity
@Table(schema = "ml", name = "retrain_run")
@NamedQuery(
    name = RetrainRun.COUNT_STARTED_SINCE,
    query = "SELECT COUNT(r) FROM RetrainRun r WHERE r.trigger = :trigger AND r.startedAt >= :since"
        + " AND r.outcome IN ('activated', 'kept')")
public class RetrainRun {

  public static final String COUNT_STARTED_SINCE = "RetrainRun.countStartedSince";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id", nullable = false, updatable = false)
  private Long id;

  @Column(name = "trigger", nullable = false, updatable = false, length = 16)
  private String trigger;

  @Column(name = "started_at", nullable = false, updatable = false)
  private OffsetDateTime startedAt;

  @Column(name = "finished_at")
  private OffsetDateTime finishedAt;

  @Column(name = "outcome", length = 16)
  private String outcome;

  @Column(name = "model_version_id")
  private Long modelVersionId;

  @Column(name = "seed_examples")
  private Integer seedExamples;

  @Column(name = "shared_corrections")
  private Integer sharedCorrections;

  @Column(name = "message", length = 1000)
  private String message;

  /** For JPA only. */
  protected RetrainRun() {}

  public RetrainRun(String trigger, OffsetDateTime startedAt) {
    this.trigger = Objects.requireNonNull(trigger, "trigger");
    this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
  }

  public void finish(
      String outcome, Long modelVersionId, Integer seedExamples, Integer sharedCorrections, String message,
      OffsetDateTime at) {
    this.outcome = outcome;
    this.modelVersionId = modelVersionId;
    this.seedExamples = seedExamples;
    this.sharedCorrections = sharedCorrections;
    this.message = message == null || message.length() <= 1000 ? message : message.substring(0, 1000);
    this.finishedAt = at;
  }

  public Long id() {
    return id;
  }

  public String outcome() {
    return outcome;
  }
}

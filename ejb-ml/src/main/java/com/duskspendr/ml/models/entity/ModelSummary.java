package com.duskspendr.ml.models.entity;

import java.time.OffsetDateTime;

/** A model version without its bytes: what the API shows and what retraining compares. */
public record ModelSummary(
    Long id,
    String version,
    int trainingSize,
    ModelMetrics metrics,
    OffsetDateTime createdAt,
    OffsetDateTime activatedAt,
    boolean active) {}

package com.duskspendr.web.ai;

import com.duskspendr.ml.models.entity.ModelSummary;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The active categorization model: its version, how many examples trained it, its held-out metrics. */
@JsonbPropertyOrder({"version", "trainingSize", "metrics", "createdAt", "activatedAt"})
@Schema(name = "CategorizationModel")
public record ModelResponse(
    String version, int trainingSize, Metrics metrics, OffsetDateTime createdAt, OffsetDateTime activatedAt) {

  /** Scores on the held-out seed split (brands never seen in training). */
  @JsonbPropertyOrder({"size", "primaryAccuracy", "subcategoryAccuracy", "macroF1"})
  @Schema(name = "CategorizationModelMetrics")
  public record Metrics(int size, double primaryAccuracy, double subcategoryAccuracy, double macroF1) {}

  static ModelResponse from(ModelSummary m) {
    return new ModelResponse(
        m.version(),
        m.trainingSize(),
        new Metrics(m.metrics().size(), m.metrics().primaryAccuracy(), m.metrics().subcategoryAccuracy(),
            m.metrics().macroF1()),
        m.createdAt(),
        m.activatedAt());
  }
}

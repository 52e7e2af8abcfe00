package com.duskspendr.web.ai;

import com.duskspendr.ml.training.boundary.Retraining.JobStatus;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A retraining job execution. {@code exitStatus} once it ends: {@code activated}, {@code kept} (the new
 * model was worse), {@code skipped} (another instance was retraining); a failed job has batchStatus FAILED.
 */
@JsonbNillable
@JsonbPropertyOrder({"executionId", "batchStatus", "exitStatus", "startedAt", "endedAt"})
@Schema(name = "RetrainJob")
public record RetrainJobResponse(
    long executionId,
    @Schema(enumeration = {"STARTING", "STARTED", "STOPPING", "STOPPED", "FAILED", "COMPLETED", "ABANDONED"})
        String batchStatus,
    String exitStatus,
    OffsetDateTime startedAt,
    OffsetDateTime endedAt) {

  /** Declared explicitly, unannotated (see CategorizeRequest). */
  public RetrainJobResponse(
      long executionId, String batchStatus, String exitStatus, OffsetDateTime startedAt, OffsetDateTime endedAt) {
    this.executionId = executionId;
    this.batchStatus = batchStatus;
    this.exitStatus = exitStatus;
    this.startedAt = startedAt;
    this.endedAt = endedAt;
  }

  static RetrainJobResponse from(JobStatus s) {
    return new RetrainJobResponse(s.executionId(), s.batchStatus(), s.exitStatus(), s.startedAt(), s.endedAt());
  }
}

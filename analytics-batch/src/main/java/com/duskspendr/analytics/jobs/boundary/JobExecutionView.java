package com.duskspendr.analytics.jobs.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A job execution as ops see it. Times are null until they happen.
 *
 * @param parameters the job parameters it was started with
 * @param steps per step: status and the runtime's metrics (read, written, skipped, commits, ...)
 * @param itemsDone items written so far over all steps: the progress of a running chunk job
 */
public record JobExecutionView(
    long executionId,
    String jobName,
    String batchStatus,
    String exitStatus,
    OffsetDateTime createdAt,
    OffsetDateTime startedAt,
    OffsetDateTime endedAt,
    Map<String, String> parameters,
    List<StepView> steps,
    long itemsDone) {

  public JobExecutionView {
    parameters = Map.copyOf(parameters);
    steps = List.copyOf(steps);
  }

  public record StepView(String stepName, String batchStatus, String exitStatus, Map<String, Long> metrics) {
    public StepView {
      metrics = Map.copyOf(metrics);
    }
  }
}

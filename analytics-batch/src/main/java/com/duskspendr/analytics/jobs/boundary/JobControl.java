package com.duskspendr.analytics.jobs.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * The admin job API over the server's batch jobs ({@code analytics-nightly}, {@code analytics-rebuild} and
 * the categorizer's {@code retrain-categorizer}), on the job repository in PostgreSQL, so every instance sees
 * every execution. Unknown job names and executions of other jobs are not found.
 */
public interface JobControl {

  /**
   * Starts a job; only the parameters the job knows are accepted.
   *
   * @throws com.duskspendr.platform.failure.ConflictException while an execution of the same job runs
   * @throws com.duskspendr.platform.failure.InvalidInputException for an unknown or invalid parameter
   */
  JobExecutionView start(@NotNull @Size(max = 64) String jobName, @NotNull Map<String, String> parameters);

  /** Newest first, at most {@code limit}. */
  List<JobExecutionView> executions(@NotNull @Size(max = 64) String jobName, int limit);

  JobExecutionView execution(long executionId);

  /**
   * Restarts a failed or stopped execution from its last checkpoint with its parameters, the given ones
   * replacing theirs (ops lift a throttle, {@code pauseMillis}, without starting over); answers the new
   * execution.
   *
   * @throws com.duskspendr.platform.failure.InvalidInputException for an unknown or invalid parameter
   */
  JobExecutionView restart(long executionId, @NotNull Map<String, String> parameters);

  /** Asks a running execution to stop after its current chunk. */
  JobExecutionView stop(long executionId);
}

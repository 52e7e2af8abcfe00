package com.duskspendr.ml.training.boundary;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;

/** Starts the {@value #JOB} batch job and reports on its executions (this instance's job repository). */
@Stateless
public class Retraining {

  public static final String JOB = "retrain-categorizer";
  public static final String ADMIN_TRIGGER = "admin";

  /** A job execution as the API shows it; times null until they happen. */
  public record JobStatus(
      long executionId, String batchStatus, String exitStatus, OffsetDateTime startedAt, OffsetDateTime endedAt) {}

  /** @return the job execution id */
  public long start(String trigger) {
    Properties parameters = new Properties();
    parameters.setProperty("trigger", trigger);
    return BatchRuntime.getJobOperator().start(JOB, parameters);
  }

  public Optional<JobStatus> status(long executionId) {
    JobOperator operator = BatchRuntime.getJobOperator();
    try {
      JobExecution execution = operator.getJobExecution(executionId);
      if (execution == null || !JOB.equals(execution.getJobName())) {
        return Optional.empty();
      }
      return Optional.of(new JobStatus(
          executionId,
          String.valueOf(execution.getBatchStatus()),
          execution.getExitStatus(),
          time(execution.getStartTime()),
          time(execution.getEndTime())));
    } catch (NoSuchJobExecutionException unknown) {
      return Optional.empty();
    }
  }

  private static OffsetDateTime time(Date date) {
    return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
  }
}

package com.duskspendr.analytics.jobs.boundary;

import com.duskspendr.analytics.jobs.control.OrphanedExecutions;
import com.duskspendr.platform.failure.ConflictException;
import com.duskspendr.platform.failure.DomainException.FieldIssue;
import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.platform.failure.RecordNotFoundException;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One singleton per instance, so two admins starting the same job at once are serialized here; across
 * instances the running-executions check sees the shared job repository, and the job listener's ClusterLock
 * is the last word. NOT_SUPPORTED: the batch runtime writes its repository on its own connections, and a
 * job started inside a transaction is what broke Payara's lazy repository creation.
 */
@Singleton
// both views: the web tier uses the interface, the nightly timer also startIfIdle
@LocalBean
@Local(JobControl.class)
@ConcurrencyManagement(ConcurrencyManagementType.CONTAINER)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultJobControl implements JobControl {

  public static final String NIGHTLY = "analytics-nightly";
  public static final String REBUILD = "analytics-rebuild";
  /** ejb-ml's retraining job, started here like any other (its /ai/model/retrain route stays). */
  public static final String RETRAIN = "retrain-categorizer";

  private static final Pattern ITEM_COUNT = Pattern.compile("[1-9][0-9]{0,3}");
  private static final Pattern PAUSE = Pattern.compile("0|[1-9][0-9]{0,4}");

  /** How old an execution must be before a free job lock proves that nobody runs it. */
  static final Duration ORPHAN_GRACE = Duration.ofSeconds(10);

  @Inject OrphanedExecutions orphans;

  /** The parameters each job takes. */
  private static final Map<String, Set<String>> JOBS = Map.of(
      NIGHTLY, Set.of("itemCount", "pauseMillis"),
      REBUILD, Set.of("itemCount", "pauseMillis", "userId"),
      RETRAIN, Set.of());

  @Override
  public JobExecutionView start(String jobName, Map<String, String> parameters) {
    Properties properties = validated(jobName, parameters, new Properties());
    if (RETRAIN.equals(jobName)) {
      properties.setProperty("trigger", "admin");
    }
    JobOperator operator = BatchRuntime.getJobOperator();
    if (!running(operator, jobName).isEmpty()) {
      throw new ConflictException(jobName + " is already running", null);
    }
    return view(operator, operator.getJobExecution(operator.start(jobName, properties)));
  }

  /** Starts a job unless it runs already (the nightly timer: another instance may have started it). */
  public void startIfIdle(String jobName) {
    JobOperator operator = BatchRuntime.getJobOperator();
    if (running(operator, jobName).isEmpty()) {
      operator.start(jobName, new Properties());
    }
  }

  @Override
  public List<JobExecutionView> executions(String jobName, int limit) {
    knownJob(jobName);
    JobOperator operator = BatchRuntime.getJobOperator();
    List<JobExecutionView> views = new ArrayList<>();
    try {
      for (JobInstance instance : operator.getJobInstances(jobName, 0, limit)) {
        for (JobExecution execution : operator.getJobExecutions(instance)) {
          views.add(view(operator, execution));
        }
      }
    } catch (NoSuchJobException neverRan) {
      return List.of();
    }
    return views.stream().sorted(Comparator.comparingLong(JobExecutionView::executionId).reversed()).limit(limit)
        .toList();
  }

  @Override
  public JobExecutionView execution(long executionId) {
    JobOperator operator = BatchRuntime.getJobOperator();
    JobExecution execution = find(operator, executionId);
    if (OrphanedExecutions.UNENDED.contains(execution.getBatchStatus()) && releaseIfOrphaned(execution)) {
      execution = operator.getJobExecution(executionId); // shown as what it became
    }
    return view(operator, execution);
  }

  /**
   * Whether the execution was left running by an instance that died (and is now marked failed). Only the
   * analytics jobs hold a lock that tells; retraining has its own and is simply started again. Not an
   * execution this instance runs, nor one younger than {@link #ORPHAN_GRACE}: the runtime records an
   * execution as started a moment before its job listener takes the lock.
   */
  private boolean releaseIfOrphaned(JobExecution execution) {
    if (!NIGHTLY.equals(execution.getJobName()) && !REBUILD.equals(execution.getJobName())) {
      return false;
    }
    Date created = execution.getCreateTime();
    if (created == null || created.toInstant().isAfter(Instant.now().minus(ORPHAN_GRACE))
        || running(BatchRuntime.getJobOperator(), execution.getJobName()).contains(execution.getExecutionId())) {
      return false;
    }
    return orphans.releaseIfOrphaned(execution.getJobName(), execution.getExecutionId());
  }

  @Override
  public JobExecutionView restart(long executionId, Map<String, String> parameters) {
    JobOperator operator = BatchRuntime.getJobOperator();
    JobExecution execution = find(operator, executionId);
    Properties merged = new Properties();
    if (execution.getJobParameters() != null) {
      merged.putAll(execution.getJobParameters());
    }
    merged = validated(execution.getJobName(), parameters, merged);
    if (OrphanedExecutions.UNENDED.contains(execution.getBatchStatus())) {
      if (!releaseIfOrphaned(execution)) {
        throw new ConflictException("Execution " + executionId + " is still running", null);
      }
    }
    if (!running(operator, execution.getJobName()).isEmpty()) {
      throw new ConflictException(execution.getJobName() + " is already running", null);
    }
    try {
      long restarted = operator.restart(executionId, merged);
      return view(operator, operator.getJobExecution(restarted));
    } catch (JobExecutionAlreadyCompleteException | JobExecutionNotMostRecentException | JobRestartException refused) {
      throw new ConflictException("Execution " + executionId + " cannot be restarted: " + refused.getMessage(), null);
    }
  }

  @Override
  public JobExecutionView stop(long executionId) {
    JobOperator operator = BatchRuntime.getJobOperator();
    find(operator, executionId);
    try {
      operator.stop(executionId);
    } catch (JobExecutionNotRunningException notRunning) {
      throw new ConflictException("Execution " + executionId + " is not running", null);
    }
    return view(operator, operator.getJobExecution(executionId));
  }

  /** The given parameters checked against what the job takes, added to (replacing those in) {@code into}. */
  private static Properties validated(String jobName, Map<String, String> parameters, Properties into) {
    Set<String> known = knownJob(jobName);
    List<FieldIssue> issues = new ArrayList<>();
    parameters.forEach((name, value) -> {
      if (!known.contains(name)) {
        issues.add(new FieldIssue("parameters." + name, "is not a parameter of " + jobName));
      } else if (value == null || !valid(name, value)) {
        issues.add(new FieldIssue("parameters." + name, switch (name) {
          case "userId" -> "must be a UUID";
          case "pauseMillis" -> "must be a whole number from 0 to 10000";
          default -> "must be a whole number from 1 to 9999";
        }));
      } else {
        into.setProperty(name, value.strip());
      }
    });
    if (!issues.isEmpty()) {
      throw new InvalidInputException(issues);
    }
    return into;
  }

  private static Set<String> knownJob(String jobName) {
    Set<String> parameters = JOBS.get(jobName);
    if (parameters == null) {
      throw new RecordNotFoundException("Job " + jobName);
    }
    return parameters;
  }

  private static JobExecution find(JobOperator operator, long executionId) {
    try {
      JobExecution execution = operator.getJobExecution(executionId);
      if (execution == null || !JOBS.containsKey(execution.getJobName())) {
        throw new RecordNotFoundException("Job execution " + executionId);
      }
      return execution;
    } catch (NoSuchJobExecutionException unknown) {
      throw new RecordNotFoundException("Job execution " + executionId);
    }
  }

  private static List<Long> running(JobOperator operator, String jobName) {
    try {
      return operator.getRunningExecutions(jobName);
    } catch (NoSuchJobException neverRan) {
      return List.of();
    }
  }

  private static boolean valid(String name, String value) {
    if ("userId".equals(name)) {
      try {
        UUID.fromString(value.strip());
        return true;
      } catch (IllegalArgumentException notAUuid) {
        return false;
      }
    }
    if ("pauseMillis".equals(name)) {
      return PAUSE.matcher(value.strip()).matches() && Integer.parseInt(value.strip()) <= 10_000;
    }
    return ITEM_COUNT.matcher(value.strip()).matches();
  }

  private static JobExecutionView view(JobOperator operator, JobExecution execution) {
    List<JobExecutionView.StepView> steps = new ArrayList<>();
    long done = 0;
    for (StepExecution step : operator.getStepExecutions(execution.getExecutionId())) {
      Map<String, Long> metrics = new TreeMap<>();
      for (Metric metric : step.getMetrics()) {
        metrics.put(camel(metric.getType().name()), metric.getValue());
      }
      done += metrics.getOrDefault("writeCount", 0L);
      steps.add(new JobExecutionView.StepView(
          step.getStepName(), String.valueOf(step.getBatchStatus()), step.getExitStatus(), metrics));
    }
    Map<String, String> parameters = new TreeMap<>();
    Properties given = execution.getJobParameters();
    if (given != null) {
      given.stringPropertyNames().forEach(name -> parameters.put(name, given.getProperty(name)));
    }
    BatchStatus status = execution.getBatchStatus();
    return new JobExecutionView(execution.getExecutionId(), execution.getJobName(), String.valueOf(status),
        execution.getExitStatus(), time(execution.getCreateTime()), time(execution.getStartTime()),
        time(execution.getEndTime()), parameters, steps, done);
  }

  /** READ_SKIP_COUNT → readSkipCount. */
  private static String camel(String metric) {
    StringBuilder name = new StringBuilder();
    boolean upper = false;
    for (char c : metric.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.toString();
  }

  private static OffsetDateTime time(Date date) {
    return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
  }
}

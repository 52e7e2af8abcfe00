package com.duskspendr.analytics.jobs.control;

import com.duskspendr.platform.persistence.ClusterLock;
import com.duskspendr.platform.persistence.Database;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Executions whose instance died. The batch runtime only marks an execution ended from the JVM that runs it,
 * so a killed instance leaves its execution STARTED in the shared repository for good: the job could then
 * never start again (every start sees it running) and the execution could never be restarted. An execution
 * of an analytics job is orphaned when it is STARTED or STOPPING, nobody holds the job's cluster lock (held
 * by {@link AnalyticsJobListener} from just after the runtime marks it STARTED until just before it marks it
 * ended; PostgreSQL drops it with the dead instance's connection), and it last changed more than
 * {@code duskspendr.analytics.jobs.orphan-grace} ago, which covers those two windows. A STARTING one may be
 * queued for a thread on a live instance, so it counts only after ten times the grace. An orphan is marked
 * FAILED, which lets a restart continue from its last checkpoint.
 */
@ApplicationScoped
public class OrphanedExecutions {

  private static final Logger LOG = Logger.getLogger(OrphanedExecutions.class.getName());
  private static final String FAILED_EXIT = "FAILED: its instance stopped while running it";

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "duskspendr.analytics.jobs.orphan-grace", defaultValue = "PT30S")
  Duration grace;

  /** The cluster lock an analytics job's executions hold while they run. */
  public static String lockOf(String jobName) {
    return "analytics.job." + jobName;
  }

  /**
   * Marks the execution FAILED if it is orphaned.
   *
   * @return whether it was (the caller then no longer counts it as running)
   */
  public boolean reclaimIfOrphaned(JobExecution execution) {
    BatchStatus status = execution.getBatchStatus();
    Duration quiet = status == BatchStatus.STARTING ? grace.multipliedBy(10) : grace;
    if (!(status == BatchStatus.STARTED || status == BatchStatus.STOPPING || status == BatchStatus.STARTING)
        || !olderThan(execution, quiet)
        || ClusterLock.isHeld(dataSource, lockOf(execution.getJobName()))) {
      return false;
    }
    markFailed(execution.getExecutionId());
    LOG.warning(() -> execution.getJobName() + " execution " + execution.getExecutionId()
        + " was " + status + " with nobody holding its lock: marked FAILED, so it can be restarted");
    return true;
  }

  private static boolean olderThan(JobExecution execution, Duration quiet) {
    Date changed = execution.getLastUpdatedTime() != null ? execution.getLastUpdatedTime() : execution.getCreateTime();
    return changed == null || changed.toInstant().isBefore(Instant.now().minus(quiet));
  }

  /** Payara's repository tables (V2 of this schema): the execution and its unfinished steps. */
  private void markFailed(long executionId) {
    String running = "batchstatus IN ('STARTING', 'STARTED', 'STOPPING')";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement execution = connection.prepareStatement(
            "UPDATE analytics.jbatch_executioninstancedata SET batchstatus = 'FAILED', exitstatus = ?,"
                + " endtime = now(), updatetime = now() WHERE jobexecid = ? AND " + running);
        PreparedStatement steps = connection.prepareStatement(
            "UPDATE analytics.jbatch_stepexecutioninstancedata SET batchstatus = 'FAILED', exitstatus = ?,"
                + " endtime = now() WHERE jobexecid = ? AND " + running)) {
      for (PreparedStatement statement : new PreparedStatement[] {execution, steps}) {
        statement.setString(1, FAILED_EXIT);
        statement.setLong(2, executionId);
        statement.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not mark execution " + executionId + " failed", e);
    }
  }
}

package com.duskspendr.analytics.jobs.control;

import com.duskspendr.platform.persistence.ClusterLock;
import com.duskspendr.platform.persistence.Database;
import jakarta.annotation.Resource;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Holds the kernel's ClusterLock named after the job for the whole execution, so one instance of a cluster
 * runs a given job at a time (every instance's nightly timer fires). An execution that does not get it reads
 * nothing and ends with exit status {@value #SKIPPED}. The lock lives on a connection of its own: it is
 * released when the job ends, or when the instance dies and PostgreSQL drops that connection.
 */
@Named("analyticsJobListener")
@Dependent
public class AnalyticsJobListener implements JobListener {

  public static final String SKIPPED = "SKIPPED: another instance runs this job";
  private static final Logger LOG = Logger.getLogger(AnalyticsJobListener.class.getName());
  private static final Map<Long, ClusterLock.Held> HELD = new ConcurrentHashMap<>();
  private static final Map<Long, Boolean> LOCKED_OUT = new ConcurrentHashMap<>();

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject JobContext job;

  @Override
  public void beforeJob() {
    Optional<ClusterLock.Held> lock = ClusterLock.tryAcquire(dataSource, lockName(job.getJobName()));
    if (lock.isPresent()) {
      HELD.put(job.getExecutionId(), lock.get());
    } else {
      LOCKED_OUT.put(job.getExecutionId(), true);
      LOG.info(() -> job.getJobName() + " execution " + job.getExecutionId() + " skipped: another instance runs it");
    }
  }

  @Override
  public void afterJob() {
    ClusterLock.Held held = HELD.remove(job.getExecutionId());
    if (held != null) {
      held.close();
    }
    if (LOCKED_OUT.remove(job.getExecutionId()) != null) {
      job.setExitStatus(SKIPPED);
    }
  }

  /** The cluster lock an execution of this job holds while it runs, on whichever instance. */
  public static String lockName(String jobName) {
    return "analytics.job." + jobName;
  }

  /** Whether this execution runs without the lock (its reader then reads nothing). */
  static boolean lockedOut(JobContext job) {
    return LOCKED_OUT.containsKey(job.getExecutionId());
  }
}

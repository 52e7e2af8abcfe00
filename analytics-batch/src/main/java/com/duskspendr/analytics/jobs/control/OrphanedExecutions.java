package com.duskspendr.analytics.jobs.control;

import com.duskspendr.platform.persistence.ClusterLock;
import com.duskspendr.platform.persistence.Database;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Executions an instance left marked as running when it died. The job repository is shared (PostgreSQL,
 * schema {@code analytics}), but the batch runtime only writes an execution's end when its JVM lives to see
 * it: killed mid-run, the execution stays {@code STARTED} for ever, and every instance shows it so. An
 * analytics execution runs only while its instance holds the job's {@link ClusterLock}, which PostgreSQL
 * releases when that instance's connection dies, so a free lock means nobody runs it: it is then marked
 * {@code FAILED}, as a failure would have left it (steps too), and ops restart it from its last checkpoint.
 * The lock is held while the rows change, so an execution that starts meanwhile is never the one marked.
 */
@ApplicationScoped
public class OrphanedExecutions {

  private static final Logger LOG = Logger.getLogger(OrphanedExecutions.class.getName());
  /** What the batch runtime records for an execution that has not ended. */
  public static final Set<BatchStatus> UNENDED = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

  /** {@link #UNENDED} as an SQL list: {@code ('STARTING', 'STARTED', 'STOPPING')}. */
  private static final String UNENDED_SQL = UNENDED.stream().map(status -> "'" + status.name() + "'")
      .collect(Collectors.joining(", ", "(", ")"));
  static final String EXIT_STATUS = "FAILED: its instance stopped without ending it";

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /**
   * Marks the execution failed if it is recorded as running and no instance runs its job.
   *
   * @return whether it was such an orphan
   */
  public boolean releaseIfOrphaned(String jobName, long executionId) {
    Optional<ClusterLock.Held> lock = ClusterLock.tryAcquire(dataSource, AnalyticsJobListener.lockName(jobName));
    if (lock.isEmpty()) {
      return false; // an instance runs this job: the execution may well be its own
    }
    try (ClusterLock.Held held = lock.get(); Connection connection = dataSource.getConnection()) {
      int executions = 0;
      for (PayaraJobTables tables : PayaraJobTables.CANDIDATES) {
        if (exists(connection, tables.executions())) {
          executions += update(connection, "UPDATE analytics." + tables.executions() + " SET batchstatus = 'FAILED',"
              + " exitstatus = ?, endtime = now(), updatetime = now() WHERE jobexecid = ? AND batchstatus IN " + UNENDED_SQL,
              executionId);
          update(connection, "UPDATE analytics." + tables.stepExecutions() + " SET batchstatus = 'FAILED',"
              + " exitstatus = ?, endtime = now() WHERE jobexecid = ? AND batchstatus IN " + UNENDED_SQL, executionId);
        }
      }
      if (executions == 0) {
        return false;
      }
      LOG.warning(() -> jobName + " execution " + executionId + " was left running by an instance that stopped;"
          + " marked FAILED so that it can be restarted");
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not mark execution " + executionId + " as failed", e);
    }
  }

  private static boolean exists(Connection connection, String table) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT 1 FROM information_schema.tables WHERE table_schema = 'analytics' AND table_name = ?")) {
      statement.setString(1, table);
      try (ResultSet result = statement.executeQuery()) {
        return result.next();
      }
    }
  }

  private static int update(Connection connection, String sql, long executionId) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, EXIT_STATUS);
      statement.setLong(2, executionId);
      return statement.executeUpdate();
    }
  }
}

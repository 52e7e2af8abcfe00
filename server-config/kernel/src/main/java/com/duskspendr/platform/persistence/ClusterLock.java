package com.duskspendr.platform.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A lock one instance of a cluster holds while it runs a job that must run once (retraining, nightly
 * jobs): a PostgreSQL session advisory lock on a connection of its own, held until {@link Held#close()},
 * or until the instance dies and the database drops its connection, so a crashed holder never blocks the
 * others. Not an in-JVM flag: every instance sees the same lock.
 */
public final class ClusterLock {

  private ClusterLock() {}

  /** A held lock; closing it releases the lock and returns the connection. */
  public interface Held extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Takes the lock if no one holds it.
   *
   * @return the held lock, or empty when another session holds it
   */
  public static Optional<Held> tryAcquire(DataSource dataSource, String name) {
    long key = keyOf(name);
    Connection connection = null;
    try {
      connection = dataSource.getConnection();
      if (!call(connection, "SELECT pg_try_advisory_lock(?)", key)) {
        connection.close();
        return Optional.empty();
      }
      Connection held = connection;
      return Optional.of(() -> release(held, key));
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new IllegalStateException("Could not take the cluster lock " + name, e);
    }
  }

  /** The 64-bit advisory lock key of a name: the first 8 bytes of its SHA-256, stable across versions. */
  static long keyOf(String name) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      long key = 0;
      for (int i = 0; i < 8; i++) {
        key = (key << 8) | (digest[i] & 0xff);
      }
      return key;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void release(Connection connection, long key) {
    try (connection) {
      call(connection, "SELECT pg_advisory_unlock(?)", key);
    } catch (SQLException e) {
      // Closing the connection ends the session, which releases the lock anyway.
    }
  }

  private static boolean call(Connection connection, String sql, long key) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, key);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() && result.getBoolean(1);
      }
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // already failing
      }
    }
  }
}

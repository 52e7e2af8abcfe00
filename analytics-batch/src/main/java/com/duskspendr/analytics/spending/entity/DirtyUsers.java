package com.duskspendr.analytics.spending.entity;

import com.duskspendr.platform.persistence.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Users whose ledger changed since the nightly run last visited them. Marked from the domain events, so a
 * quiet night reads a handful of rows instead of asking every user's feed. The database's clock stamps both
 * the mark and the visit, so a mark made while a visit reads the feed survives it (the next night sees it).
 */
@ApplicationScoped
public class DirtyUsers {

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  public void mark(UUID userId) {
    update("INSERT INTO analytics.dirty_user (user_id, marked_at) VALUES (?, clock_timestamp()) "
        + "ON CONFLICT (user_id) DO UPDATE SET marked_at = EXCLUDED.marked_at", userId, null);
  }

  /** At most {@code limit} marked users in id order after {@code after} (null: from the first). */
  public List<UUID> after(UUID after, int limit) {
    String sql = "SELECT user_id FROM analytics.dirty_user"
        + (after == null ? "" : " WHERE user_id > ?") + " ORDER BY user_id LIMIT " + limit;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      if (after != null) {
        statement.setObject(1, after);
      }
      List<UUID> users = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          users.add(result.getObject(1, UUID.class));
        }
      }
      return users;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the changed users", e);
    }
  }

  /** The database's clock now: a visit takes it before it reads the user's feed. */
  public Instant now() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement("SELECT clock_timestamp()");
        ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getTimestamp(1).toInstant();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the database clock", e);
    }
  }

  /** Unmarks the user unless an event marked them again after {@code visitedAt}. */
  public void visited(UUID userId, Instant visitedAt) {
    update("DELETE FROM analytics.dirty_user WHERE user_id = ? AND marked_at <= ?", userId, visitedAt);
  }

  private void update(String sql, UUID userId, Instant at) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, userId);
      if (at != null) {
        statement.setTimestamp(2, Timestamp.from(at));
      }
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not update the changed users", e);
    }
  }
}

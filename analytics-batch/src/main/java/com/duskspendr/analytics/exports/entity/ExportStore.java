package com.duskspendr.analytics.exports.entity;

import com.duskspendr.platform.persistence.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Stored exports and the link signing key. Each statement commits on its own unless the caller has a transaction. */
@ApplicationScoped
public class ExportStore {

  /** An export without its zip. */
  public record ExportRow(
      UUID id, UUID userId, String status, OffsetDateTime createdAt, OffsetDateTime completedAt,
      OffsetDateTime expiresAt, int exportedCount, String failure) {}

  private static final String COLUMNS =
      "id, user_id, status, created_at, completed_at, expires_at, exported_count, failure";

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  public ExportRow create(UUID userId, Duration ttl) {
    UUID id = UUID.randomUUID();
    update("INSERT INTO analytics.export (id, user_id, status, created_at, expires_at) "
        + "VALUES (?, ?, 'pending', now(), now() + CAST(? AS interval))", id, userId, ttl.getSeconds() + " seconds");
    return find(id).orElseThrow();
  }

  public Optional<ExportRow> find(UUID id) {
    return select("SELECT " + COLUMNS + " FROM analytics.export WHERE id = ? AND expires_at > now()", id).stream()
        .findFirst();
  }

  public List<ExportRow> list(UUID userId) {
    return select("SELECT " + COLUMNS + " FROM analytics.export WHERE user_id = ? AND expires_at > now() "
        + "ORDER BY created_at DESC LIMIT 20", userId);
  }

  public void progress(UUID id, int exported) {
    update("UPDATE analytics.export SET status = 'running', exported_count = ? WHERE id = ?", exported, id);
  }

  public void completed(UUID id, int exported, byte[] zip) {
    update("UPDATE analytics.export SET status = 'ready', exported_count = ?, zip = ?, completed_at = now() "
        + "WHERE id = ?", exported, zip, id);
  }

  public void failed(UUID id, String failure) {
    update("UPDATE analytics.export SET status = 'failed', failure = ?, completed_at = now() WHERE id = ?",
        failure.length() > 500 ? failure.substring(0, 500) : failure, id);
  }

  public Optional<byte[]> zip(UUID id) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(
            "SELECT zip FROM analytics.export WHERE id = ? AND status = 'ready' AND expires_at > now()")) {
      select.setObject(1, id);
      try (ResultSet result = select.executeQuery()) {
        return result.next() ? Optional.ofNullable(result.getBytes(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the export", e);
    }
  }

  /** Deletes expired exports; returns how many. */
  public int deleteExpired() {
    return update("DELETE FROM analytics.export WHERE expires_at <= now()");
  }

  public void eraseUser(UUID userId) {
    update("DELETE FROM analytics.export WHERE user_id = ?", userId);
  }

  /** The named key, made (256 random bits) by the first caller; concurrent first callers agree on one. */
  public byte[] signingKey(String name) {
    byte[] fresh = new byte[32];
    new SecureRandom().nextBytes(fresh);
    update("INSERT INTO analytics.signing_key (name, key) VALUES (?, ?) ON CONFLICT (name) DO NOTHING", name, fresh);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement("SELECT key FROM analytics.signing_key WHERE name = ?")) {
      select.setString(1, name);
      try (ResultSet result = select.executeQuery()) {
        result.next();
        return result.getBytes(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the signing key", e);
    }
  }

  private List<ExportRow> select(String sql, UUID parameter) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setObject(1, parameter);
      List<ExportRow> rows = new ArrayList<>();
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          rows.add(new ExportRow(r.getObject(1, UUID.class), r.getObject(2, UUID.class), r.getString(3),
              r.getObject(4, OffsetDateTime.class), r.getObject(5, OffsetDateTime.class),
              r.getObject(6, OffsetDateTime.class), r.getInt(7), r.getString(8)));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read exports", e);
    }
  }

  private int update(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not update exports", e);
    }
  }
}

package com.duskspendr.analytics.reports.entity;

import com.duskspendr.platform.persistence.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Stored statements; every read is scoped to the owner. */
@ApplicationScoped
public class ReportStore {

  /** A statement without its documents. */
  public record ReportRow(
      UUID id, UUID userId, YearMonth month, String status, OffsetDateTime createdAt, OffsetDateTime completedAt,
      String failure) {}

  public enum Format {
    PDF("pdf"),
    CSV("csv"),
    JSON("json");

    private final String column;

    Format(String column) {
      this.column = column;
    }
  }

  private static final String COLUMNS = "id, user_id, month, status, created_at, completed_at, failure";

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  public ReportRow create(UUID userId, YearMonth month) {
    UUID id = UUID.randomUUID();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO analytics.report (id, user_id, month, status, created_at) VALUES (?, ?, ?, 'pending', now())")) {
      insert.setObject(1, id);
      insert.setObject(2, userId);
      insert.setDate(3, Date.valueOf(month.atDay(1)));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not store the report request", e);
    }
    return find(id).orElseThrow();
  }

  public Optional<ReportRow> find(UUID id) {
    List<ReportRow> rows = select("SELECT " + COLUMNS + " FROM analytics.report WHERE id = ?", id, null, 1);
    return rows.stream().findFirst();
  }

  public Optional<ReportRow> find(UUID userId, UUID id) {
    return select("SELECT " + COLUMNS + " FROM analytics.report WHERE id = ? AND user_id = ?", id, userId, 1)
        .stream().findFirst();
  }

  public List<ReportRow> list(UUID userId, int limit) {
    return select("SELECT " + COLUMNS + " FROM analytics.report WHERE user_id = ? ORDER BY month DESC, created_at DESC",
        userId, null, limit);
  }

  public void completed(UUID id, byte[] pdf, byte[] csv, byte[] json) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(
            "UPDATE analytics.report SET status = 'ready', pdf = ?, csv = ?, json = ?, completed_at = now(), "
                + "failure = NULL WHERE id = ?")) {
      update.setBytes(1, pdf);
      update.setBytes(2, csv);
      update.setBytes(3, json);
      update.setObject(4, id);
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not store the report", e);
    }
  }

  public void failed(UUID id, String failure) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(
            "UPDATE analytics.report SET status = 'failed', failure = ?, completed_at = now() WHERE id = ?")) {
      update.setString(1, failure.length() > 500 ? failure.substring(0, 500) : failure);
      update.setObject(2, id);
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not mark the report failed", e);
    }
  }

  public Optional<byte[]> document(UUID userId, UUID id, Format format) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(
            "SELECT " + format.column + " FROM analytics.report WHERE id = ? AND user_id = ? AND status = 'ready'")) {
      select.setObject(1, id);
      select.setObject(2, userId);
      try (ResultSet result = select.executeQuery()) {
        return result.next() ? Optional.ofNullable(result.getBytes(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the report", e);
    }
  }

  public void eraseUser(UUID userId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete = connection.prepareStatement("DELETE FROM analytics.report WHERE user_id = ?")) {
      delete.setObject(1, userId);
      delete.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not erase the reports", e);
    }
  }

  private List<ReportRow> select(String sql, UUID first, UUID second, int limit) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql + " LIMIT " + limit)) {
      select.setObject(1, first);
      if (second != null) {
        select.setObject(2, second);
      }
      List<ReportRow> rows = new ArrayList<>();
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          rows.add(new ReportRow(result.getObject(1, UUID.class), result.getObject(2, UUID.class),
              YearMonth.from(result.getDate(3).toLocalDate()), result.getString(4),
              result.getObject(5, OffsetDateTime.class), result.getObject(6, OffsetDateTime.class), result.getString(7)));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read reports", e);
    }
  }
}

package com.duskspendr.transactions.imports.entity;

import com.duskspendr.platform.persistence.Database;
import com.duskspendr.transactions.imports.boundary.ImportProgress;
import com.duskspendr.transactions.imports.boundary.ImportStatus;
import com.duskspendr.transactions.imports.boundary.LineFailure;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * {@code transactions.statement_import} in plain JDBC. Each call is a short transaction of its own unless
 * the caller has one (REQUIRED): the worker's progress must be visible while the import goes on.
 *
 * <p>A queued or running import whose row has not moved for {@code staleAfter} was interrupted (its
 * instance stopped; the lines are held in memory only): it reads as {@code failed} and no longer counts
 * against the user's limit.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class StatementImportRepository {

  private static final JsonProvider JSON = JsonProvider.provider();
  static final String INTERRUPTED =
      "The import was interrupted (the server stopped); import the file again: lines already stored are skipped as duplicates";

  private static final String COLUMNS = "id, user_id, status, total_lines, processed_lines, imported, duplicates,"
      + " failures, error, created_at, updated_at, finished_at";

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /**
   * Opens a queued import unless the user already has {@code maxInFlight} in flight; the user's in-flight
   * count is taken under a transaction-scoped advisory lock, so two uploads at once cannot both pass it.
   *
   * @return the new import's id, or empty when the user is at the limit
   */
  public Optional<UUID> open(UUID userId, int totalLines, int maxInFlight, Duration staleAfter) {
    OffsetDateTime now = now();
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
        lock.setString(1, "statement_import:" + userId);
        lock.execute();
      }
      try (PreparedStatement count = c.prepareStatement("SELECT count(*) FROM transactions.statement_import"
          + " WHERE user_id = ? AND status IN ('queued', 'running') AND updated_at > ?")) {
        count.setObject(1, userId);
        count.setObject(2, now.minus(staleAfter));
        try (ResultSet rows = count.executeQuery()) {
          rows.next();
          if (rows.getInt(1) >= maxInFlight) {
            return Optional.empty();
          }
        }
      }
      UUID id = UUID.randomUUID();
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO transactions.statement_import"
          + " (id, user_id, status, total_lines, created_at, updated_at) VALUES (?, ?, 'queued', ?, ?, ?)")) {
        insert.setObject(1, id);
        insert.setObject(2, userId);
        insert.setInt(3, totalLines);
        insert.setObject(4, now);
        insert.setObject(5, now);
        insert.executeUpdate();
      }
      return Optional.of(id);
    } catch (SQLException e) {
      throw new PersistenceException("Cannot open a statement import", e);
    }
  }

  /** The counts so far; the status becomes running. */
  public void progress(UUID id, int processed, int imported, int duplicates) {
    update("UPDATE transactions.statement_import SET status = 'running', processed_lines = ?, imported = ?,"
        + " duplicates = ?, updated_at = ? WHERE id = ?", processed, imported, duplicates, now(), id);
  }

  /** The final state. */
  public void finish(UUID id, ImportStatus status, int processed, int imported, int duplicates,
      List<LineFailure> failed, String error) {
    OffsetDateTime now = now();
    update("UPDATE transactions.statement_import SET status = ?, processed_lines = ?, imported = ?, duplicates = ?,"
        + " failures = CAST(? AS jsonb), error = ?, updated_at = ?, finished_at = ? WHERE id = ?",
        status.wireName(), processed, imported, duplicates, failuresJson(failed), error, now, now, id);
  }

  /** The user's import; another user's is not found. */
  public Optional<ImportProgress> find(UUID userId, UUID id, Duration staleAfter) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(
            "SELECT " + COLUMNS + " FROM transactions.statement_import WHERE id = ? AND user_id = ?")) {
      select.setObject(1, id);
      select.setObject(2, userId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(read(row, now().minus(staleAfter))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new PersistenceException("Cannot read a statement import", e);
    }
  }

  public int deleteAllOf(UUID userId) {
    return update("DELETE FROM transactions.statement_import WHERE user_id = ?", userId);
  }

  private static ImportProgress read(ResultSet row, OffsetDateTime staleBefore) throws SQLException {
    ImportStatus status = ImportStatus.fromWireName(row.getString("status"));
    OffsetDateTime updated = row.getObject("updated_at", OffsetDateTime.class);
    String error = row.getString("error");
    if (status.inFlight() && !updated.isAfter(staleBefore)) {
      status = ImportStatus.FAILED;
      error = INTERRUPTED;
    }
    return new ImportProgress(
        row.getObject("id", UUID.class),
        status,
        row.getInt("total_lines"),
        row.getInt("processed_lines"),
        row.getInt("imported"),
        row.getInt("duplicates"),
        failures(row.getString("failures")),
        error,
        row.getObject("created_at", OffsetDateTime.class),
        row.getObject("finished_at", OffsetDateTime.class));
  }

  static String failuresJson(List<LineFailure> failed) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    for (LineFailure f : failed) {
      array.add(JSON.createObjectBuilder().add("line", f.line()).add("issue", f.issue()));
    }
    return array.build().toString();
  }

  static List<LineFailure> failures(String json) {
    List<LineFailure> failed = new ArrayList<>();
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      JsonArray array = reader.readArray();
      for (JsonObject f : array.getValuesAs(JsonObject.class)) {
        failed.add(new LineFailure(f.getInt("line"), f.getString("issue")));
      }
    }
    return failed;
  }

  private int update(String sql, Object... parameters) {
    try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        update.setObject(i + 1, parameters[i]);
      }
      return update.executeUpdate();
    } catch (SQLException e) {
      throw new PersistenceException("Cannot write a statement import", e);
    }
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }
}

package com.duskspendr.analytics.spending.entity;

import com.duskspendr.analytics.spending.control.Contribution;
import com.duskspendr.analytics.spending.control.PendingChanges;
import com.duskspendr.analytics.spending.control.Totals;
import com.duskspendr.platform.persistence.Database;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The aggregate tables. Joins the caller's JTA transaction (the datasource enlists its connections); opens
 * none of its own. Writes add signed deltas with {@code ON CONFLICT ... DO UPDATE SET x = x + EXCLUDED.x}, so
 * applying changes costs what changed, not what the user has.
 */
@ApplicationScoped
public class AggregateStore {

  /** A stored total of one detailed category in one currency. */
  public record CategoryRow(String categoryId, String currency, Totals totals) {}

  /** A stored total of one month in one currency (all categories). */
  public record MonthRow(YearMonth month, String currency, Totals totals) {}

  /** A stored merchant total of one primary category in one currency. */
  public record MerchantRow(String merchant, String currency, Totals totals) {}

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /**
   * The watermark of the user's aggregates, the row held FOR SHARE until the caller's transaction ends: a
   * writer of this user waits, so the totals read next belong to this watermark. Empty when the user has no
   * aggregates yet (then nothing stored may be read: a writer may be creating them right now).
   */
  public OptionalLong watermarkForRead(UUID userId) {
    return query("SELECT applied_seq FROM analytics.user_state WHERE user_id = ? FOR SHARE", userId);
  }

  /** The watermark without a lock (0 before the first run): how far behind the ledger a user is. */
  public long watermark(UUID userId) {
    return query("SELECT applied_seq FROM analytics.user_state WHERE user_id = ?", userId).orElse(0);
  }

  /** Creates the user's state row if absent and locks it until the caller's transaction ends. */
  public long watermarkForWrite(UUID userId) {
    execute("INSERT INTO analytics.user_state (user_id, applied_seq, applied_at) VALUES (?, 0, now()) "
        + "ON CONFLICT (user_id) DO NOTHING", userId);
    return query("SELECT applied_seq FROM analytics.user_state WHERE user_id = ? FOR UPDATE", userId).orElseThrow();
  }

  public List<CategoryRow> categories(UUID userId, LocalDate from, LocalDate to) {
    List<CategoryRow> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(
            "SELECT category_id, currency, SUM(spent), SUM(income), SUM(txn_count) FROM analytics.daily_total "
                + "WHERE user_id = ? AND day BETWEEN ? AND ? GROUP BY category_id, currency")) {
      statement.setObject(1, userId);
      statement.setDate(2, Date.valueOf(from));
      statement.setDate(3, Date.valueOf(to));
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          rows.add(new CategoryRow(result.getString(1), result.getString(2), totals(result, 3)));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read daily totals", e);
    }
  }

  public List<MonthRow> months(UUID userId, YearMonth from, YearMonth to) {
    List<MonthRow> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(
            "SELECT month, currency, SUM(spent), SUM(income), SUM(txn_count) FROM analytics.monthly_total "
                + "WHERE user_id = ? AND month BETWEEN ? AND ? GROUP BY month, currency")) {
      statement.setObject(1, userId);
      statement.setDate(2, Date.valueOf(from.atDay(1)));
      statement.setDate(3, Date.valueOf(to.atDay(1)));
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          rows.add(new MonthRow(
              YearMonth.from(result.getDate(1).toLocalDate()), result.getString(2).strip(), totals(result, 3)));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read monthly totals", e);
    }
  }

  /** Merchant totals of a primary category, leaving out the transactions in {@code excluded}. */
  public List<MerchantRow> merchants(
      UUID userId, String primaryCategory, LocalDate from, LocalDate to, Collection<UUID> excluded) {
    List<MerchantRow> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(
            "SELECT merchant, currency, SUM(CASE WHEN amount < 0 THEN -amount ELSE 0 END), "
                + "SUM(CASE WHEN amount > 0 THEN amount ELSE 0 END), COUNT(*) FROM analytics.fact "
                + "WHERE user_id = ? AND primary_category = ? AND day BETWEEN ? AND ? "
                + "AND NOT (transaction_id = ANY (?)) GROUP BY merchant, currency")) {
      statement.setObject(1, userId);
      statement.setString(2, primaryCategory);
      statement.setDate(3, Date.valueOf(from));
      statement.setDate(4, Date.valueOf(to));
      statement.setArray(5, connection.createArrayOf("uuid", excluded.toArray()));
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          rows.add(new MerchantRow(result.getString(1), result.getString(2).strip(), totals(result, 3)));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read merchant totals", e);
    }
  }

  /** What the aggregates hold of these transactions. */
  public List<Contribution> facts(UUID userId, Collection<UUID> transactionIds) {
    List<Contribution> facts = new ArrayList<>();
    if (transactionIds.isEmpty()) {
      return facts;
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(
            "SELECT transaction_id, day, category_id, currency, amount, merchant FROM analytics.fact "
                + "WHERE user_id = ? AND transaction_id = ANY (?)")) {
      statement.setObject(1, userId);
      statement.setArray(2, connection.createArrayOf("uuid", transactionIds.toArray()));
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          facts.add(new Contribution(
              result.getObject(1, UUID.class), result.getDate(2).toLocalDate(), result.getString(3),
              result.getString(4).strip(), result.getBigDecimal(5), result.getString(6)));
        }
      }
      return facts;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read facts", e);
    }
  }

  /**
   * Applies the changes and moves the watermark to {@code changes.throughSeq()}. The caller holds the user's
   * state row ({@link #watermarkForWrite}) and checked that the changes start at its watermark.
   */
  public void apply(PendingChanges changes) {
    UUID user = changes.userId();
    try (Connection connection = dataSource.getConnection()) {
      if (changes.reset()) {
        for (String table : List.of("fact", "daily_total", "monthly_total")) {
          try (PreparedStatement delete =
              connection.prepareStatement("DELETE FROM analytics." + table + " WHERE user_id = ?")) {
            delete.setObject(1, user);
            delete.executeUpdate();
          }
        }
      } else if (!changes.changedIds().isEmpty()) {
        try (PreparedStatement delete = connection.prepareStatement(
            "DELETE FROM analytics.fact WHERE user_id = ? AND transaction_id = ANY (?)")) {
          delete.setObject(1, user);
          delete.setArray(2, connection.createArrayOf("uuid", changes.changedIds().toArray()));
          delete.executeUpdate();
        }
      }
      insertFacts(connection, user, changes.after());
      upsertDaily(connection, user, changes.deltas(DayKey::of));
      upsertMonthly(connection, user, changes.deltas(MonthKey::of));
      for (String table : List.of("daily_total", "monthly_total")) {
        try (PreparedStatement prune = connection.prepareStatement(
            "DELETE FROM analytics." + table + " WHERE user_id = ? AND txn_count = 0")) {
          prune.setObject(1, user);
          prune.executeUpdate();
        }
      }
      try (PreparedStatement mark = connection.prepareStatement(
          "UPDATE analytics.user_state SET applied_seq = ?, applied_at = now() WHERE user_id = ?")) {
        mark.setLong(1, changes.throughSeq());
        mark.setObject(2, user);
        mark.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not apply the changes of user " + user, e);
    }
  }

  /** Erases everything the aggregates hold of the user (account deletion). */
  public void eraseUser(UUID userId) {
    for (String table : List.of("fact", "daily_total", "monthly_total", "user_state", "dirty_user")) {
      execute("DELETE FROM analytics." + table + " WHERE user_id = ?", userId);
    }
  }

  private record DayKey(LocalDate day, String categoryId, String primaryCategory, String currency) {
    static DayKey of(Contribution c) {
      return new DayKey(c.day(), c.categoryId(), c.primaryCategory(), c.currency());
    }
  }

  private record MonthKey(LocalDate month, String primaryCategory, String currency) {
    static MonthKey of(Contribution c) {
      return new MonthKey(c.day().withDayOfMonth(1), c.primaryCategory(), c.currency());
    }
  }

  private static void insertFacts(Connection connection, UUID user, List<Contribution> facts) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO analytics.fact (user_id, transaction_id, day, category_id, primary_category, currency, amount, "
            + "merchant) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Contribution fact : facts) {
        insert.setObject(1, user);
        insert.setObject(2, fact.transactionId());
        insert.setDate(3, Date.valueOf(fact.day()));
        insert.setString(4, fact.categoryId());
        insert.setString(5, fact.primaryCategory());
        insert.setString(6, fact.currency());
        insert.setBigDecimal(7, fact.amount());
        insert.setString(8, fact.merchant());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void upsertDaily(Connection connection, UUID user, Map<DayKey, Totals> deltas) throws SQLException {
    try (PreparedStatement upsert = connection.prepareStatement(
        "INSERT INTO analytics.daily_total AS t (user_id, day, category_id, primary_category, currency, spent, income, "
            + "txn_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, day, category_id, currency) DO UPDATE "
            + "SET spent = t.spent + EXCLUDED.spent, income = t.income + EXCLUDED.income, "
            + "txn_count = t.txn_count + EXCLUDED.txn_count")) {
      for (Map.Entry<DayKey, Totals> delta : deltas.entrySet()) {
        DayKey key = delta.getKey();
        upsert.setObject(1, user);
        upsert.setDate(2, Date.valueOf(key.day()));
        upsert.setString(3, key.categoryId());
        upsert.setString(4, key.primaryCategory());
        upsert.setString(5, key.currency());
        setTotals(upsert, 6, delta.getValue());
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  private static void upsertMonthly(Connection connection, UUID user, Map<MonthKey, Totals> deltas)
      throws SQLException {
    try (PreparedStatement upsert = connection.prepareStatement(
        "INSERT INTO analytics.monthly_total AS t (user_id, month, primary_category, currency, spent, income, txn_count) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, month, primary_category, currency) DO UPDATE "
            + "SET spent = t.spent + EXCLUDED.spent, income = t.income + EXCLUDED.income, "
            + "txn_count = t.txn_count + EXCLUDED.txn_count")) {
      for (Map.Entry<MonthKey, Totals> delta : deltas.entrySet()) {
        MonthKey key = delta.getKey();
        upsert.setObject(1, user);
        upsert.setDate(2, Date.valueOf(key.month()));
        upsert.setString(3, key.primaryCategory());
        upsert.setString(4, key.currency());
        setTotals(upsert, 5, delta.getValue());
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  private static void setTotals(PreparedStatement statement, int first, Totals totals) throws SQLException {
    statement.setBigDecimal(first, totals.spent());
    statement.setBigDecimal(first + 1, totals.income());
    statement.setLong(first + 2, totals.count());
  }

  private static Totals totals(ResultSet result, int first) throws SQLException {
    BigDecimal spent = result.getBigDecimal(first);
    BigDecimal income = result.getBigDecimal(first + 1);
    return new Totals(spent.stripTrailingZeros(), income.stripTrailingZeros(), result.getLong(first + 2));
  }

  private OptionalLong query(String sql, UUID userId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, userId);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() ? OptionalLong.of(result.getLong(1)) : OptionalLong.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the analytics state of user " + userId, e);
    }
  }

  private void execute(String sql, UUID userId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, userId);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not update the analytics state of user " + userId, e);
    }
  }
}

package com.duskspendr.platform.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Typed columns of a plain JDBC result, read through the JDBC 1 getters. Payara's pooled connections hand out
 * result sets wrapped in {@code com.sun.gjc.spi.jdbc40.ResultSetWrapper40}, whose JDBC 4.1 {@code getObject(column,
 * Class)} looks the driver's method up by reflection on every call ({@code MethodExecutor}: getDeclaredMethod,
 * then invoke): 8.8% of a list page's CPU with five such columns on 51 rows (JFR, paired benchmark). The untyped
 * getters are passed straight through to the driver.
 */
public final class JdbcColumns {

  private JdbcColumns() {}

  /** A {@code uuid} column: the PostgreSQL driver reads it as {@link UUID} already. */
  public static UUID uuid(ResultSet row, int column) throws SQLException {
    return (UUID) row.getObject(column);
  }

  /** A {@code timestamptz} column as the instant it is, at UTC (what the driver's OffsetDateTime mapping gives). */
  public static OffsetDateTime utc(ResultSet row, int column) throws SQLException {
    Timestamp at = row.getTimestamp(column);
    return at == null ? null : at.toInstant().atOffset(ZoneOffset.UTC);
  }

  /** A {@code date} column: the driver builds a Date at the JVM zone's midnight, which toLocalDate reads back. */
  public static LocalDate date(ResultSet row, int column) throws SQLException {
    Date day = row.getDate(column);
    return day == null ? null : day.toLocalDate();
  }
}

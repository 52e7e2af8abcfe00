package com.duskspendr.web.blackbox;

import com.duskspendr.web.it.IntegrationEnvironment;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The system's delivery records of a user's notifications (not the texts of their own, such as the notice
 * to a new phone number), read from its database: once none is pending any more, nothing more will be sent
 * for them, so a test can count what arrived without waiting on a clock.
 */
final class Deliveries {

  /** One delivery row: channel, target, status, attempts. */
  record Row(String channel, String target, String status, int attempts, String lastError) {}

  private Deliveries() {}

  static List<Row> of(String userId) throws Exception {
    try (Connection c = DriverManager.getConnection(IntegrationEnvironment.get().jdbcUrl());
        PreparedStatement q = c.prepareStatement("SELECT channel, target, status, attempts, last_error"
            + " FROM notifications.delivery WHERE user_id = CAST(? AS uuid) AND notification_id IS NOT NULL"
            + " ORDER BY channel, target")) {
      q.setString(1, userId);
      List<Row> rows = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          rows.add(new Row(r.getString(1), r.getString(2), r.getString(3), r.getInt(4), r.getString(5)));
        }
      }
      return rows;
    }
  }

  /** Waits until the user has {@code atLeast} deliveries and none of them is pending. */
  static List<Row> awaitSettled(String userId, int atLeast, Duration timeout) throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    List<Row> rows = of(userId);
    while ((rows.size() < atLeast || rows.stream().anyMatch(r -> r.status().equals("pending")))
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      rows = of(userId);
    }
    if (rows.size() < atLeast || rows.stream().anyMatch(r -> r.status().equals("pending"))) {
      throw new AssertionError("the deliveries did not settle: " + rows);
    }
    return rows;
  }
}

package com.duskspendr.transactions.ledger.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The k-anonymity selection on a real PostgreSQL, migrated by this context's Flyway scripts: a (merchant,
 * category) pair enters the global training set only when at least k distinct users hold it as their
 * latest correction for that merchant, and nothing but the merchant key, the category and a count leaves.
 */
class SharedCorrectionsQueryTest {

  private static final int K = 3;
  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startAndMigrate() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    Flyway.configure()
        .dataSource(postgres.getPostgresDatabase())
        .schemas("transactions")
        .locations("classpath:db/migration/transactions")
        .load()
        .migrate();
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @BeforeEach
  void empty() throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("DELETE FROM transactions.category_correction");
      s.execute("DELETE FROM transactions.verified_owner");
    }
  }

  @Test
  void kMinusOneUsersAreExcludedAndKUsersIncluded() throws SQLException {
    for (int i = 0; i < K - 1; i++) {
      correct(UUID.randomUUID(), "Blue Bottle", "food_and_drink.coffee", 0);
    }
    assertTrue(shared().isEmpty(), "k-1 users: not shared");

    correct(UUID.randomUUID(), "  BLUE   bottle ", "food_and_drink.coffee", 0);

    assertEquals(List.of(new Row("blue bottle", "food_and_drink.coffee", K)), shared(), "k users, one normalized merchant");
  }

  @Test
  void unverifiedAccountsDoNotCountTowardK() throws SQLException {
    for (int i = 0; i < K - 1; i++) {
      correct(UUID.randomUUID(), "Blue Bottle", "food_and_drink.coffee", 0);
    }
    UUID fake = UUID.randomUUID();
    correctUnverified(fake, "Blue Bottle", "food_and_drink.coffee", 0);
    assertTrue(shared().isEmpty(), "k-1 verified users and one unverified: not shared");

    verified(fake);
    assertEquals(List.of(new Row("blue bottle", "food_and_drink.coffee", K)), shared(), "counts once verified");
  }

  @Test
  void oneUserCorrectingManyTimesCountsOnce() throws SQLException {
    UUID insistent = UUID.randomUUID();
    for (int i = 0; i < 5; i++) {
      correct(insistent, "Acme", "general_merchandise.other", i);
    }
    correct(UUID.randomUUID(), "Acme", "general_merchandise.other", 0);
    assertTrue(shared().isEmpty(), "two distinct users, however many corrections");
  }

  @Test
  void onlyEachUsersLatestCorrectionCounts() throws SQLException {
    UUID changedMind = UUID.randomUUID();
    correct(changedMind, "Acme", "food_and_drink.groceries", 10);
    correct(changedMind, "Acme", "medical.pharmacies", 0); // later
    correct(UUID.randomUUID(), "Acme", "food_and_drink.groceries", 0);
    correct(UUID.randomUUID(), "Acme", "food_and_drink.groceries", 0);

    assertTrue(shared().isEmpty(), "the user who moved on no longer supports groceries");

    correct(UUID.randomUUID(), "acme", "medical.pharmacies", 0);
    correct(UUID.randomUUID(), "ACME", "medical.pharmacies", 0);
    assertEquals(List.of(new Row("acme", "medical.pharmacies", 3)), shared());
  }

  @Test
  void onlyMerchantKeyCategoryAndCountLeaveTheDatabase() throws SQLException {
    for (int i = 0; i < K; i++) {
      correct(UUID.randomUUID(), "Corner Shop", "general_merchandise.convenience_stores", 0);
    }
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        PreparedStatement query = c.prepareStatement(SharedCorrectionsQuery.SQL)) {
      query.setInt(1, K);
      try (ResultSet rows = query.executeQuery()) {
        ResultSetMetaData columns = rows.getMetaData();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
          names.add(columns.getColumnName(i));
        }
        assertEquals(List.of("merchant_key", "to_category", "users"), names, "no user id, raw name, description, date");
      }
    }
  }

  @Test
  void removedCategoriesAndBlankMerchantsAreNotShared() throws SQLException {
    for (int i = 0; i < K; i++) {
      correct(UUID.randomUUID(), "Gone", null, 0);
      correct(UUID.randomUUID(), "   ", "food_and_drink.coffee", 0);
    }
    assertTrue(shared().isEmpty());
  }

  /** A correction as the ledger stores it (the merchant key normalized by the entity), minutesAgo before now. */
  /** A correction by a user whose email is verified, as most tests here want. */
  private static void correct(UUID user, String merchant, String category, int minutesAgo) throws SQLException {
    verified(user);
    correctUnverified(user, merchant, category, minutesAgo);
  }

  private static void verified(UUID user) throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        PreparedStatement insert = c.prepareStatement(
            "INSERT INTO transactions.verified_owner (user_id, verified_at) VALUES (?, now()) ON CONFLICT DO NOTHING")) {
      insert.setObject(1, user);
      insert.executeUpdate();
    }
  }

  private static void correctUnverified(UUID user, String merchant, String category, int minutesAgo)
      throws SQLException {
    CategoryCorrection entity = new CategoryCorrection(
        user, UUID.randomUUID(), merchant, "a description", "other.before", category,
        OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(minutesAgo));
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        PreparedStatement insert = c.prepareStatement(
            "INSERT INTO transactions.category_correction (id, user_id, transaction_id, merchant_name, merchant_key,"
                + " description, from_category, to_category, corrected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setObject(1, entity.id());
      insert.setObject(2, entity.userId());
      insert.setObject(3, entity.transactionId());
      insert.setString(4, entity.merchantName());
      insert.setString(5, entity.merchantKey());
      insert.setString(6, entity.description());
      insert.setString(7, entity.fromCategory());
      insert.setString(8, entity.toCategory());
      insert.setObject(9, entity.correctedAt());
      insert.executeUpdate();
    }
  }

  private record Row(String merchantKey, String category, long users) {}

  private static List<Row> shared() throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        PreparedStatement query = c.prepareStatement(SharedCorrectionsQuery.SQL)) {
      query.setInt(1, K);
      List<Row> rows = new ArrayList<>();
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          rows.add(new Row(result.getString(1), result.getString(2), result.getLong(3)));
        }
      }
      return rows;
    }
  }
}

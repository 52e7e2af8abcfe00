import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.UUID;

/**
 * Analytics benchmark seeding: USERS users (or the one USER_ID) with PER_USER transactions each, spread over
 * DAYS days back from 2026-11-30, written straight into the ledger's tables together with the changes-feed
 * rows the ledger writes for each of them (sync_change, sync_state): analytics reads the ledger only through
 * its changes feed, so rows without them would be invisible to it, as they would be to a syncing phone.
 * {@code java -cp postgresql.jar SeedLedger.java JDBC_URL USERS|USER_ID PER_USER DAYS}
 */
public class SeedLedger {

  private static final String[][] MERCHANTS = {
    {"Blue Bottle Coffee", "food_and_drink.coffee", "USD"},
    {"Whole Foods Market", "food_and_drink.groceries", "USD"},
    {"Shell", "transportation.gas", "USD"},
    {"Uber", "transportation.taxis_and_ride_shares", "EUR"},
    {"Netflix", "entertainment.tv_and_movies", "USD"},
    {"Amazon", "general_merchandise.online_marketplaces", "EUR"},
    {"Employer", "income.wages", "USD"}
  };

  public static void main(String[] args) throws Exception {
    String url = args[0];
    boolean oneUser = args[1].contains("-");
    int users = oneUser ? 1 : Integer.parseInt(args[1]);
    int perUser = Integer.parseInt(args[2]);
    int days = Integer.parseInt(args[3]);
    long started = System.nanoTime();
    try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
      db.setAutoCommit(false);
      PreparedStatement transaction = db.prepareStatement(
          "INSERT INTO transactions.\"transaction\" (id, user_id, amount, currency, date, merchant_name, category_id,"
              + " source, tags, categorization_status, version, created_at, updated_at) VALUES (CAST(? AS uuid),"
              + " CAST(? AS uuid), CAST(? AS numeric), ?, CAST(? AS date), ?, ?, 'manual', '{}', 'manual', 1, now(), now())");
      PreparedStatement change = db.prepareStatement(
          "INSERT INTO transactions.sync_change (user_id, entity, entity_id, seq, version, deleted, changed_at)"
              + " VALUES (CAST(? AS uuid), 'transaction', ?, ?, 1, false, now())");
      PreparedStatement state = db.prepareStatement(
          "INSERT INTO transactions.sync_state (user_id, last_seq) VALUES (CAST(? AS uuid), ?)"
              + " ON CONFLICT (user_id) DO UPDATE SET last_seq = transactions.sync_state.last_seq + EXCLUDED.last_seq");
      PreparedStatement lastSeq = db.prepareStatement(
          "SELECT COALESCE((SELECT last_seq FROM transactions.sync_state WHERE user_id = CAST(? AS uuid)), 0)");
      for (int u = 0; u < users; u++) {
        String user = oneUser ? args[1] : UUID.randomUUID().toString();
        lastSeq.setString(1, user);
        long seq;
        try (var result = lastSeq.executeQuery()) {
          result.next();
          seq = result.getLong(1);
        }
        for (int n = 0; n < perUser; n++) {
          String[] merchant = MERCHANTS[(n + u) % MERCHANTS.length];
          String id = UUID.randomUUID().toString();
          boolean income = merchant[1].startsWith("income");
          transaction.setString(1, id);
          transaction.setString(2, user);
          transaction.setString(3, (income ? "" : "-") + (1 + (n * 7 + u) % 300) + "." + String.format("%02d", n % 100));
          transaction.setString(4, merchant[2]);
          transaction.setString(5, java.time.LocalDate.of(2026, 11, 30).minusDays((n * 13L + u) % days).toString());
          transaction.setString(6, merchant[0]);
          transaction.setString(7, merchant[1]);
          transaction.addBatch();
          change.setString(1, user);
          change.setString(2, id);
          change.setLong(3, seq + n + 1);
          change.addBatch();
        }
        transaction.executeBatch();
        change.executeBatch();
        state.setString(1, user);
        state.setLong(2, perUser);
        state.executeUpdate();
        if (u % 50 == 49) {
          db.commit();
        }
      }
      db.commit();
      try (var analyze = db.createStatement()) {
        analyze.execute("ANALYZE transactions.\"transaction\"");
        analyze.execute("ANALYZE transactions.sync_change");
      }
      db.commit();
    }
    System.out.printf("seeded %d user(s) x %d transactions in %.1f s%n", users, perUser,
        (System.nanoTime() - started) / 1e9);
  }
}

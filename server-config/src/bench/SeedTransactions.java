import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

/**
 * Benchmark seeding: writes COUNT transactions for one user straight into the table, spread over three
 * years, six merchants and their categories. Run as a single-file program:
 * {@code java -cp postgresql.jar SeedTransactions.java JDBC_URL USER_ID COUNT}.
 */
public class SeedTransactions {

  private static final String[][] MERCHANTS = {
    {"Blue Bottle Coffee", "food_and_drink.coffee"},
    {"Whole Foods Market", "food_and_drink.groceries"},
    {"Shell", "transportation.gas"},
    {"Uber", "transportation.taxis_and_ride_shares"},
    {"Netflix", "entertainment.tv_and_movies"},
    {"Amazon", "general_merchandise.online_marketplaces"}
  };

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String userId = args[1];
    int count = Integer.parseInt(args[2]);
    int batch = 1000;
    long started = System.nanoTime();
    try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
      db.setAutoCommit(false);
      StringBuilder sql = new StringBuilder(
          "INSERT INTO transactions.\"transaction\" (id, user_id, amount, currency, date, merchant_name, category_id,"
              + " source, tags, categorization_status, version, created_at, updated_at) VALUES ");
      for (int row = 0; row < batch; row++) {
        sql.append(row == 0 ? "" : ",")
            .append("(gen_random_uuid(), CAST(? AS uuid), CAST(? AS numeric), 'USD', CAST(? AS date), ?, ?,"
                + " 'manual', '{}', 'manual', 1, now(), now())");
      }
      try (PreparedStatement insert = db.prepareStatement(sql.toString())) {
        for (int done = 0; done < count; done += batch) {
          int parameter = 1;
          for (int row = 0; row < batch; row++) {
            int n = done + row;
            String[] merchant = MERCHANTS[n % MERCHANTS.length];
            insert.setString(parameter++, userId);
            insert.setString(parameter++, "-" + (1 + n % 300) + "." + String.format("%02d", n % 100));
            insert.setString(parameter++, java.time.LocalDate.of(2024, 1, 1).plusDays(n % 1095).toString());
            insert.setString(parameter++, merchant[0]);
            insert.setString(parameter++, merchant[1]);
          }
          insert.executeUpdate();
        }
      }
      db.commit();
      try (var analyze = db.createStatement()) {
        analyze.execute("ANALYZE transactions.\"transaction\"");
      }
      db.commit();
    }
    System.out.printf("seeded %d transactions in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
  }
}

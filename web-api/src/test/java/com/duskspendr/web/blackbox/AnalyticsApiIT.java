package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.authorized;
import static com.duskspendr.web.blackbox.ApiClient.signedInUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.server.DuskSpendrSystem;
import com.duskspendr.web.it.IntegrationEnvironment;
import com.duskspendr.web.it.WithIntegrationEnvironment;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Analytics as a client sees it. The exactness test records random transactions in two currencies, runs the
 * jobs, then edits, deletes, moves currencies and categories after them, and compares every answer with a
 * computation over what the test itself recorded. The rebuild test stops a running rebuild, restarts it
 * without its throttle and checks nothing is counted twice.
 */
@ExtendWith(WithIntegrationEnvironment.class)
class AnalyticsApiIT {

  private static final String ZONE = "Pacific/Kiritimati";
  private static final String[] CATEGORIES = {
    "food_and_drink.groceries", "food_and_drink.coffee", "transportation.taxis_and_ride_shares",
    "entertainment.tv_and_movies", "income.wages"
  };
  private static final String[] CURRENCIES = {"USD", "EUR"};

  /** What the test recorded: the model a direct computation runs over. */
  private record Txn(LocalDate date, BigDecimal amount, String currency, String category) {}

  private static String admin() {
    return ApiClient.login(IntegrationEnvironment.ADMIN_EMAIL, IntegrationEnvironment.ADMIN_PASSWORD, null)
        .then().statusCode(200).extract().path("data.accessToken");
  }

  private static Map<String, Object> body(Txn txn) {
    Map<String, Object> body = new HashMap<>();
    body.put("amount", txn.amount().toPlainString());
    body.put("currency", txn.currency());
    body.put("date", txn.date().toString());
    body.put("merchantName", "Shop " + Math.abs(txn.amount().intValue() % 5));
    body.put("categoryId", txn.category());
    return body;
  }

  private static Txn random(Random random, LocalDate today) {
    String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
    BigDecimal amount = BigDecimal.valueOf(random.nextInt(20_000) + 1, 2);
    if (!category.startsWith("income")) {
      amount = amount.negate();
    }
    return new Txn(today.minusDays(random.nextInt(120)), amount, CURRENCIES[random.nextInt(2)], category);
  }

  private static String create(ApiClient.Session user, Txn txn) {
    return authorized(user.accessToken()).body(body(txn)).post("/api/v1/transactions")
        .then().statusCode(201).extract().path("data.id");
  }

  @Test
  void answersEqualADirectComputationAcrossJobsEditsAndDeletes() {
    ApiClient.Session user = signedInUser();
    authorized(user.accessToken())
        .body(Map.of("preferences", Map.of("timezone", ZONE, "weekStartsOn", "SUNDAY", "currency", "USD")))
        .patch("/api/v1/users/me").then().statusCode(200);
    LocalDate today = LocalDate.now(ZoneId.of(ZONE));
    Random random = new Random(20261203L);
    Map<String, Txn> ledger = new HashMap<>();
    for (int i = 0; i < 30; i++) {
      Txn txn = random(random, today);
      ledger.put(create(user, txn), txn);
    }
    assertExact(user, ledger, today);

    String admin = admin();
    runToCompletion(admin, "analytics-rebuild", Map.of("userId", user.userId()));
    assertExact(user, ledger, today);

    List<String> ids = new ArrayList<>(ledger.keySet());
    for (int i = 0; i < 12; i++) {
      String id = ids.get(i);
      Txn old = ledger.get(id);
      Txn changed = switch (i % 4) {
        case 0 -> new Txn(old.date().minusDays(40), old.amount(), old.currency(), old.category());
        case 1 -> new Txn(old.date(), old.amount(), old.currency().equals("USD") ? "EUR" : "USD", old.category());
        case 2 -> new Txn(old.date(), old.amount().negate().abs().negate(), old.currency(), "travel.flights");
        default -> new Txn(old.date(), old.amount().add(BigDecimal.ONE), old.currency(), old.category());
      };
      authorized(user.accessToken()).body(body(changed)).patch("/api/v1/transactions/" + id)
          .then().statusCode(200);
      ledger.put(id, changed);
    }
    for (int i = 12; i < 17; i++) {
      authorized(user.accessToken()).delete("/api/v1/transactions/" + ids.get(i)).then().statusCode(204);
      ledger.remove(ids.get(i));
    }
    for (int i = 0; i < 5; i++) {
      Txn txn = random(random, today);
      ledger.put(create(user, txn), txn);
    }
    assertExact(user, ledger, today);

    runToCompletion(admin, "analytics-nightly", Map.of());
    assertExact(user, ledger, today);

    ApiClient.Session stranger = signedInUser();
    JsonPath theirs = summary(stranger, "period=year");
    assertEquals(0, theirs.getInt("data.byCurrency[0].transactionCount"), "another user's data never shows");
  }

  @Test
  void aStoppedRebuildRestartedFromItsCheckpointCountsNothingTwice() {
    ApiClient.Session user = signedInUser();
    LocalDate today = LocalDate.now(ZoneId.of("UTC"));
    Map<String, Txn> ledger = ledgerAmongOthers(user, new Random(7L), today, 10, 3);
    String admin = admin();
    // one user per chunk and a pause after each: the stop arrives while the rebuild is under way
    long execution = authorized(admin).body(Map.of("parameters", Map.of("itemCount", "1", "pauseMillis", "400")))
        .post("/api/v1/admin/jobs/analytics-rebuild").then().statusCode(202)
        .extract().jsonPath().getLong("data.executionId");
    authorized(admin).body(Map.of("parameters", Map.of())).post("/api/v1/admin/jobs/analytics-rebuild")
        .then().statusCode(409);
    authorized(admin).post("/api/v1/admin/jobs/executions/" + execution + "/stop").then().statusCode(202);
    assertEquals("STOPPED", awaitEnd(admin, execution));
    JsonPath stopped = authorized(admin).get("/api/v1/admin/jobs/executions/" + execution)
        .then().statusCode(200).extract().jsonPath();
    long doneBefore = stopped.getLong("data.itemsDone");
    authorized(admin).body(Map.of("parameters", Map.of("pauseMillis", "forever")))
        .post("/api/v1/admin/jobs/executions/" + execution + "/restart").then().statusCode(400)
        .body("error.details.field", org.hamcrest.Matchers.hasItem("parameters.pauseMillis"));
    // the throttle lifted for the rest of the run, the other parameters kept
    JsonPath restartedView = authorized(admin).body(Map.of("parameters", Map.of("pauseMillis", "0")))
        .post("/api/v1/admin/jobs/executions/" + execution + "/restart")
        .then().statusCode(202).extract().jsonPath();
    long restarted = restartedView.getLong("data.executionId");
    assertEquals("0", restartedView.getString("data.parameters.pauseMillis"));
    assertEquals("1", restartedView.getString("data.parameters.itemCount"));
    assertEquals("COMPLETED", awaitEnd(admin, restarted));
    assertTrue(doneBefore >= 0);
    assertExact(user, ledger, today);
    JsonPath list = authorized(admin).get("/api/v1/admin/jobs/analytics-rebuild/executions")
        .then().statusCode(200).extract().jsonPath();
    assertTrue(list.getList("data.executionId").contains((int) execution) || list.getList("data.executionId")
        .contains(execution));
  }

  /**
   * Issue 15: a rebuild whose server is killed mid-run (kill -9: no orderly shutdown) is restarted from another
   * instance, from its last checkpoint, and the aggregates are exact: nothing counted twice or lost.
   */
  @Test
  void aRebuildWhoseInstanceWasKilledIsRestartedElsewhereAndCountsNothingTwice() throws Exception {
    ApiClient.Session user = signedInUser();
    LocalDate today = LocalDate.now(ZoneId.of("UTC"));
    Map<String, Txn> ledger = ledgerAmongOthers(user, new Random(15L), today, 12, 4);
    String admin = admin();
    long execution;
    try (DuskSpendrSystem doomed = IntegrationEnvironment.get().startSecondSystem()) {
      // One user per chunk and a 10 s pause after each (inside the chunk's transaction): the first chunk
      // commits at once, and the kill lands in the second one's pause, which is rolled back.
      execution = io.restassured.RestAssured.given().baseUri(doomed.baseUri().toString())
          .contentType(io.restassured.http.ContentType.JSON).header("Authorization", "Bearer " + admin)
          .body(Map.of("parameters", Map.of("itemCount", "1", "pauseMillis", "10000")))
          .post("/api/v1/admin/jobs/analytics-rebuild").then().statusCode(202)
          .extract().jsonPath().getLong("data.executionId");
      long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
      while (!status(admin, execution).equals("STARTED")) {
        assertTrue(System.nanoTime() < deadline, "the rebuild on the second instance never started");
        sleep();
      }
      Thread.sleep(12_000);
      assertEquals("STARTED", status(admin, execution));
      doomed.killServer();
    }
    // The dead instance's execution is left as running in the shared repository; once it is old enough (10 s)
    // for the free job lock to prove that nobody runs it, reading it shows it as what it became.
    long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
    String left;
    while (!(left = status(admin, execution)).equals("FAILED")) {
      assertEquals("STARTED", left);
      assertTrue(System.nanoTime() < deadline, "the killed execution is still shown as " + left);
      Thread.sleep(1000);
    }
    io.restassured.response.Response restart = authorized(admin)
        .body(Map.of("parameters", Map.of("pauseMillis", "0")))
        .post("/api/v1/admin/jobs/executions/" + execution + "/restart");
    JsonPath restartedView = restart.then().statusCode(202).extract().jsonPath();
    long restarted = restartedView.getLong("data.executionId");
    assertEquals("COMPLETED", awaitEnd(admin, restarted));
    assertExact(user, ledger, today);
    // Restarted from its checkpoint: the users done before the kill are not read again.
    long total = itemsDone(admin, execution) + itemsDone(admin, restarted);
    runToCompletion(admin, "analytics-rebuild", Map.of());
    JsonPath full = authorized(admin).get("/api/v1/admin/jobs/analytics-rebuild/executions?limit=1")
        .then().statusCode(200).extract().jsonPath();
    assertTrue(itemsDone(admin, restarted) < full.getLong("data[0].itemsDone"),
        "the restarted run read every user again: " + itemsDone(admin, restarted) + " of " + total);
    assertExact(user, ledger, today);
  }

  /** The user's random ledger of {@code count} transactions, and {@code others} more users with one each. */
  private static Map<String, Txn> ledgerAmongOthers(ApiClient.Session user, Random random, LocalDate today, int count,
      int others) {
    Map<String, Txn> ledger = new HashMap<>();
    for (int i = 0; i < count; i++) {
      Txn txn = random(random, today);
      ledger.put(create(user, txn), txn);
    }
    for (int i = 0; i < others; i++) {
      create(signedInUser(), random(random, today));
    }
    return ledger;
  }

  private static long itemsDone(String admin, long execution) {
    return authorized(admin).get("/api/v1/admin/jobs/executions/" + execution).then().statusCode(200)
        .extract().jsonPath().getLong("data.itemsDone");
  }

  @Test
  void aMonthlyStatementIsRenderedWithChartsAndOnlyItsOwnerGetsIt() throws Exception {
    ApiClient.Session user = signedInUser();
    YearMonth month = YearMonth.now(ZoneId.of("UTC")).minusMonths(1);
    create(user, new Txn(month.atDay(3), new BigDecimal("-42.10"), "USD", "food_and_drink.groceries"));
    create(user, new Txn(month.atDay(4), new BigDecimal("-9.90"), "USD", "entertainment.tv_and_movies"));
    create(user, new Txn(month.atDay(5), new BigDecimal("2500.00"), "USD", "income.wages"));
    String id = authorized(user.accessToken()).body(Map.of("month", month.toString())).post("/api/v1/reports")
        .then().statusCode(202).extract().path("data.id");
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    String status;
    do {
      sleep();
      status = authorized(user.accessToken()).get("/api/v1/reports/" + id).then().statusCode(200)
          .extract().path("data.status");
      assertTrue(System.nanoTime() < deadline, "report still " + status);
    } while (status.equals("pending"));
    assertEquals("ready", status);
    byte[] pdf = authorized(user.accessToken()).get("/api/v1/reports/" + id + "/download?format=pdf")
        .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      assertTrue(text.contains("DuskSpendr statement " + month), text);
      assertTrue(text.contains("Spent 52.00"), text);
      int images = 0;
      for (var page : document.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
            images++;
          }
        }
      }
      assertEquals(2, images, "category and trend charts");
    }
    String csv = authorized(user.accessToken()).get("/api/v1/reports/" + id + "/download?format=csv")
        .then().statusCode(200).extract().asString();
    assertTrue(csv.startsWith("section,currency,label"), csv);
    authorized(user.accessToken()).get("/api/v1/reports/" + id + "/download?format=json")
        .then().statusCode(200).extract().path("month").equals(month.toString());
    authorized(user.accessToken()).get("/api/v1/reports/" + id + "/download?format=xls").then().statusCode(400);
    assertEquals(id, authorized(user.accessToken()).get("/api/v1/reports").then().statusCode(200)
        .extract().path("data[0].id"));
    ApiClient.Session stranger = signedInUser();
    authorized(stranger.accessToken()).get("/api/v1/reports/" + id).then().statusCode(404);
    authorized(stranger.accessToken()).get("/api/v1/reports/" + id + "/download").then().statusCode(404);
    authorized(user.accessToken()).body(Map.of("month", "2999-01")).post("/api/v1/reports").then().statusCode(400);
    authorized(user.accessToken()).body(Map.of("month", "May")).post("/api/v1/reports").then().statusCode(400);
  }

  @Test
  void badInputIsAClearFourHundred() {
    ApiClient.Session user = signedInUser();
    authorized(user.accessToken()).get("/api/v1/analytics/spending-summary?period=decade").then().statusCode(400);
    authorized(user.accessToken()).get("/api/v1/analytics/spending-summary?period=custom&from=2026-02-01")
        .then().statusCode(400);
    authorized(user.accessToken()).get("/api/v1/analytics/trends?months=61").then().statusCode(400);
    authorized(user.accessToken()).get("/api/v1/analytics/cashflow?months=x").then().statusCode(400);
    authorized(user.accessToken()).get("/api/v1/analytics/categories/nope/breakdown").then().statusCode(404);
    authorized(user.accessToken()).body(Map.of()).post("/api/v1/admin/jobs/analytics-nightly").then().statusCode(403);
    authorized(admin()).body(Map.of()).post("/api/v1/admin/jobs/no-such-job").then().statusCode(404);
    authorized(admin()).body(Map.of("parameters", Map.of("userId", "nope")))
        .post("/api/v1/admin/jobs/analytics-rebuild").then().statusCode(400);
  }

  private static void assertExact(ApiClient.Session user, Map<String, Txn> ledger, LocalDate today) {
    LocalDate from = today.minusDays(200);
    JsonPath summary = summary(user, "period=custom&from=" + from + "&to=" + today);
    for (String currency : CURRENCIES) {
      BigDecimal spent = BigDecimal.ZERO;
      BigDecimal income = BigDecimal.ZERO;
      int count = 0;
      Map<String, BigDecimal> byPrimary = new TreeMap<>();
      for (Txn txn : ledger.values()) {
        if (txn.currency().equals(currency) && !txn.date().isBefore(from)) {
          count++;
          if (txn.amount().signum() < 0) {
            spent = spent.add(txn.amount().negate());
            String primary = txn.category() == null ? "uncategorized" : txn.category().split("\\.")[0];
            byPrimary.merge(primary, txn.amount().negate(), BigDecimal::add);
          } else {
            income = income.add(txn.amount());
          }
        }
      }
      String base = "data.byCurrency.find { it.currency == '" + currency + "' }";
      if (count == 0) {
        continue;
      }
      assertEquals(0, spent.compareTo(new BigDecimal(summary.getString(base + ".totalSpent"))), currency + " spent");
      assertEquals(0, income.compareTo(new BigDecimal(summary.getString(base + ".totalIncome"))), currency + " income");
      assertEquals(count, summary.getInt(base + ".transactionCount"), currency + " count");
      for (Map.Entry<String, BigDecimal> primary : byPrimary.entrySet()) {
        assertEquals(0, primary.getValue().compareTo(new BigDecimal(summary.getString(
            base + ".byCategory.find { it.categoryId == '" + primary.getKey() + "' }.spent"))), primary.getKey());
      }
    }
    JsonPath trends = authorized(user.accessToken()).get("/api/v1/analytics/trends?months=12")
        .then().statusCode(200).extract().jsonPath();
    for (String currency : CURRENCIES) {
      for (int back = 0; back < 12; back++) {
        YearMonth month = YearMonth.from(today).minusMonths(back);
        BigDecimal spent = BigDecimal.ZERO;
        int count = 0;
        for (Txn txn : ledger.values()) {
          if (txn.currency().equals(currency) && YearMonth.from(txn.date()).equals(month)) {
            count++;
            spent = spent.add(txn.amount().signum() < 0 ? txn.amount().negate() : BigDecimal.ZERO);
          }
        }
        String base = "data.byCurrency.find { it.currency == '" + currency + "' }.months.find { it.month == '"
            + month + "' }";
        if (trends.get(base) == null) {
          assertEquals(0, count, currency + " " + month + " missing");
          continue;
        }
        assertEquals(count, trends.getInt(base + ".count"), currency + " " + month + " count");
        assertEquals(0, spent.compareTo(new BigDecimal(trends.getString(base + ".spent"))), currency + " " + month);
      }
    }
  }

  private static JsonPath summary(ApiClient.Session user, String query) {
    return authorized(user.accessToken()).get("/api/v1/analytics/spending-summary?" + query)
        .then().statusCode(200).extract().jsonPath();
  }

  private static void runToCompletion(String admin, String job, Map<String, String> parameters) {
    long execution = -1;
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (execution < 0) {
      var response = authorized(admin).body(Map.of("parameters", parameters)).post("/api/v1/admin/jobs/" + job);
      if (response.statusCode() == 202) {
        execution = response.jsonPath().getLong("data.executionId");
      } else {
        assertEquals(409, response.statusCode(), response.asString());
        assertTrue(System.nanoTime() < deadline, job + " stayed busy");
        sleep();
      }
    }
    assertEquals("COMPLETED", awaitEnd(admin, execution));
  }

  private static String status(String admin, long execution) {
    return authorized(admin).get("/api/v1/admin/jobs/executions/" + execution).then().statusCode(200)
        .extract().path("data.batchStatus");
  }

  private static String awaitEnd(String admin, long execution) {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (true) {
      String status = status(admin, execution);
      if (!List.of("STARTING", "STARTED", "STOPPING").contains(status)) {
        return status;
      }
      assertTrue(System.nanoTime() < deadline, "execution " + execution + " still " + status);
      sleep();
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

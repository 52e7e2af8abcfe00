package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.authorized;
import static com.duskspendr.web.blackbox.ApiClient.request;
import static com.duskspendr.web.blackbox.ApiClient.signedInUser;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import com.duskspendr.web.it.WithIntegrationEnvironment;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(WithIntegrationEnvironment.class)
class BudgetsApiIT {

  private static Map<String, Object> monthlyGroceries() {
    Map<String, Object> body = new HashMap<>();
    body.put("categoryId", "food_and_drink.groceries");
    body.put("amount", "400.00");
    body.put("currency", "USD");
    body.put("period", "monthly");
    body.put("startDate", "2026-01-01");
    body.put("alertThresholds", List.of(80, 100));
    return body;
  }

  private static Response create(String token, Map<String, Object> body) {
    return authorized(token).body(body).post("/api/v1/budgets");
  }

  @Test
  void aBudgetCanBeCreatedReadChangedAndDeleted() {
    ApiClient.Session user = signedInUser();
    String token = user.accessToken();
    Response created = create(token, monthlyGroceries());
    created.then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/budgets/"))
        .body("data.categoryId", equalTo("food_and_drink.groceries"))
        .body("data.amount", equalTo("400.00"))
        .body("data.currency", equalTo("USD"))
        .body("data.period", equalTo("monthly"))
        .body("data.startDate", equalTo("2026-01-01"))
        .body("data.rollover", is(false))
        .body("data.alertThresholds", equalTo(List.of(80, 100)))
        .body("data.version", equalTo(1))
        .body("data.progress.spent", equalTo("0.00"))
        .body("data.progress.remaining", equalTo("400.00"))
        .body("data.progress.percentUsed", equalTo("0.00"))
        .body("data.progress.periodStart", notNullValue());
    String id = created.path("data.id");

    authorized(token).get("/api/v1/budgets/" + id).then().statusCode(200).body("data.id", equalTo(id));
    authorized(token).get("/api/v1/budgets").then().statusCode(200).body("data.id", equalTo(List.of(id)));

    authorized(token).body(Map.of("amount", 250.5, "rollover", true, "version", 1)).patch("/api/v1/budgets/" + id)
        .then().statusCode(200).body("data.amount", equalTo("250.50")).body("data.rollover", is(true))
        .body("data.version", equalTo(2));
    authorized(token).body(Map.of("amount", "300", "version", 1)).patch("/api/v1/budgets/" + id)
        .then().statusCode(409).body("error.code", equalTo("CONFLICT"));

    authorized(token).header("If-Match", "\"2\"").delete("/api/v1/budgets/" + id).then().statusCode(204);
    authorized(token).get("/api/v1/budgets/" + id).then().statusCode(404);
  }

  @Test
  void theDefaultsAreMyCurrencyTodayNoRolloverAndEightyAndHundredPercent() {
    ApiClient.Session user = signedInUser();
    authorized(user.accessToken()).body(Map.of("preferences", Map.of("currency", "EUR"))).patch("/api/v1/users/me")
        .then().statusCode(200);
    create(user.accessToken(), Map.of("categoryId", "travel", "amount", 1000, "period", "yearly"))
        .then().statusCode(201)
        .body("data.currency", equalTo("EUR"))
        .body("data.amount", equalTo("1000.00"))
        .body("data.startDate", equalTo(LocalDate.now(ZoneOffset.UTC).toString()))
        .body("data.alertThresholds", equalTo(List.of(80, 100)))
        .body("data.progress.periodStart", equalTo(LocalDate.now(ZoneOffset.UTC).toString()));
  }

  @Test
  void invalidBudgetsAreRejectedWithEveryFieldNamed() {
    ApiClient.Session user = signedInUser();
    Map<String, Object> bad = new HashMap<>();
    bad.put("categoryId", "no_such_category");
    bad.put("amount", "-5");
    bad.put("currency", "XTS");
    bad.put("period", "daily");
    bad.put("alertThresholds", List.of(0, 2000));
    create(user.accessToken(), bad)
        .then().statusCode(400).body("error.code", equalTo("VALIDATION_ERROR"))
        .body("error.details.field", hasItems("categoryId", "amount", "currency", "period", "alertThresholds"));

    Map<String, Object> tooPrecise = monthlyGroceries();
    tooPrecise.put("amount", "10.001");
    create(user.accessToken(), tooPrecise).then().statusCode(400).body("error.details.field", hasItem("amount"));
    Map<String, Object> tooBig = monthlyGroceries();
    tooBig.put("amount", "1000000000.01");
    create(user.accessToken(), tooBig).then().statusCode(400).body("error.details.field", hasItem("amount"));
    Map<String, Object> unknownField = monthlyGroceries();
    unknownField.put("spent", "0");
    create(user.accessToken(), unknownField).then().statusCode(400);
    Map<String, Object> badDate = monthlyGroceries();
    badDate.put("startDate", "2026-02-30");
    create(user.accessToken(), badDate).then().statusCode(400);
    authorized(user.accessToken()).get("/api/v1/budgets").then().body("data", hasSize(0));
  }

  @Test
  void anotherUsersBudgetIsInvisibleOnEveryEndpoint() {
    ApiClient.Session alice = signedInUser();
    ApiClient.Session bob = signedInUser();
    String id = create(alice.accessToken(), monthlyGroceries()).then().statusCode(201).extract().path("data.id");

    authorized(bob.accessToken()).get("/api/v1/budgets/" + id).then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
    authorized(bob.accessToken()).body(Map.of("amount", "1")).patch("/api/v1/budgets/" + id).then().statusCode(404);
    authorized(bob.accessToken()).delete("/api/v1/budgets/" + id).then().statusCode(404);
    authorized(bob.accessToken()).get("/api/v1/budgets").then().statusCode(200).body("data", hasSize(0));
    authorized(bob.accessToken()).get("/api/v1/budgets/not-a-uuid").then().statusCode(404);
    authorized(alice.accessToken()).get("/api/v1/budgets/" + id).then().statusCode(200).body("data.amount", equalTo("400.00"));
  }

  @Test
  void aCategoryUsedByABudgetCannotBeDeleted() {
    ApiClient.Session user = signedInUser();
    String category = authorized(user.accessToken()).body(Map.of("parentId", "travel", "name", "Ski trips"))
        .post("/api/v1/categories").then().statusCode(201).extract().path("data.id");
    Map<String, Object> body = monthlyGroceries();
    body.put("categoryId", category);
    String budget = create(user.accessToken(), body).then().statusCode(201).extract().path("data.id");
    authorized(user.accessToken()).delete("/api/v1/categories/" + category)
        .then().statusCode(409).body("error.message", containsString("budget"));
    authorized(user.accessToken()).delete("/api/v1/budgets/" + budget).then().statusCode(204);
    authorized(user.accessToken()).delete("/api/v1/categories/" + category).then().statusCode(204);
  }

  /** Needs the ledger (POST /api/v1/transactions): passes once its branch is merged. */
  @Test
  void progressCountsMoneyOutInTheCategoryAndItsSubcategoriesThisPeriod() {
    ApiClient.Session user = signedInUser();
    String token = user.accessToken();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Map<String, Object> body = new HashMap<>();
    body.put("categoryId", "food_and_drink");
    body.put("amount", "100.00");
    body.put("currency", "USD");
    body.put("period", "monthly");
    body.put("startDate", today.withDayOfMonth(1).toString());
    String id = create(token, body).then().statusCode(201).extract().path("data.id");

    spend(token, "-30.25", "food_and_drink.groceries", today, "USD");
    spend(token, "-19.75", "food_and_drink.coffee", today, "USD");
    spend(token, "12.00", "food_and_drink.groceries", today, "USD"); // a refund: money in, not counted
    spend(token, "-500.00", "travel.flights", today, "USD"); // another category
    spend(token, "-500.00", "food_and_drink.groceries", today, "EUR"); // another currency
    spend(token, "-500.00", "food_and_drink.groceries", today.withDayOfMonth(1).minusDays(1), "USD"); // last period

    long elapsed = today.getDayOfMonth();
    long days = today.lengthOfMonth();
    String projected = new java.math.BigDecimal("50.00")
        .multiply(java.math.BigDecimal.valueOf(days))
        .divide(java.math.BigDecimal.valueOf(elapsed), 2, java.math.RoundingMode.HALF_UP)
        .toPlainString();
    authorized(token).get("/api/v1/budgets/" + id).then().statusCode(200)
        .body("data.progress.periodStart", equalTo(today.withDayOfMonth(1).toString()))
        .body("data.progress.periodEnd", equalTo(today.withDayOfMonth(today.lengthOfMonth()).toString()))
        .body("data.progress.spent", equalTo("50.00"))
        .body("data.progress.remaining", equalTo("50.00"))
        .body("data.progress.percentUsed", equalTo("50.00"))
        .body("data.progress.projectedSpend", equalTo(projected));
  }

  private static void spend(String token, String amount, String categoryId, LocalDate date, String currency) {
    authorized(token)
        .body(Map.of("amount", amount, "currency", currency, "date", date.toString(), "categoryId", categoryId,
            "merchantName", "Test merchant"))
        .post("/api/v1/transactions")
        .then()
        .statusCode(201);
  }

  @Test
  void budgetsNeedASignedInUser() {
    request().get("/api/v1/budgets").then().statusCode(401);
  }
}

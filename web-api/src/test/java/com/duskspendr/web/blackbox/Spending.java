package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.authorized;

import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the notification tests do to make alerts happen: a monthly food budget, and payments against it. */
final class Spending {

  private Spending() {}

  /** A monthly budget on food_and_drink in USD for the current month. */
  static void createBudget(ApiClient.Session user, String amount, List<Integer> thresholds) {
    createBudget(authorized(user.accessToken()), amount, thresholds);
  }

  /** The same through a request of the caller's (another system, another instance). */
  static void createBudget(RequestSpecification authorized, String amount, List<Integer> thresholds) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Map<String, Object> body = new HashMap<>();
    body.put("categoryId", "food_and_drink");
    body.put("amount", amount);
    body.put("currency", "USD");
    body.put("period", "monthly");
    body.put("startDate", today.withDayOfMonth(1).toString());
    body.put("alertThresholds", thresholds);
    authorized.body(body).post("/api/v1/budgets").then().statusCode(201);
  }

  /** A grocery payment today, in USD. */
  static void spend(ApiClient.Session user, String amount, String merchant) {
    spend(authorized(user.accessToken()), amount, merchant);
  }

  static void spend(RequestSpecification authorized, String amount, String merchant) {
    authorized
        .body(Map.of("amount", amount, "currency", "USD", "date", LocalDate.now(ZoneOffset.UTC).toString(),
            "categoryId", "food_and_drink.groceries", "merchantName", merchant))
        .post("/api/v1/transactions")
        .then()
        .statusCode(201);
  }
}

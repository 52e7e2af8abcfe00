package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.authorized;
import static com.duskspendr.web.blackbox.SharedExpensesApiIT.createGroup;
import static com.duskspendr.web.blackbox.SharedExpensesApiIT.join;
import static com.duskspendr.web.blackbox.SharedExpensesApiIT.verifiedUser;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.platform.messaging.Destinations;
import com.duskspendr.web.it.IntegrationEnvironment;
import com.duskspendr.web.it.WithIntegrationEnvironment;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16's "done when": a group of four with mixed splits and currencies, each member's budget and ledger
 * reflecting only their share, balances, a minimal settle-up, settlements recorded in both ledgers.
 */
@ExtendWith(WithIntegrationEnvironment.class)
class SharedGroupOfFourIT {

  private final ConnectionFactory broker =
      new ActiveMQConnectionFactory(IntegrationEnvironment.get().brokerUrl());

  private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

  private static Map<String, Object> part(ApiClient.Session who, String value) {
    Map<String, Object> part = new HashMap<>();
    part.put("userId", who.userId());
    if (value != null) {
      part.put("value", value);
    }
    return part;
  }

  private static Map<String, Object> expense(String description, String amount, String currency, String type,
      List<Map<String, Object>> parts) {
    Map<String, Object> body = new HashMap<>();
    body.put("description", description);
    body.put("amount", amount);
    body.put("currency", currency);
    body.put("split", parts == null ? Map.of("type", type) : Map.of("type", type, "parts", parts));
    return body;
  }

  private static Response add(ApiClient.Session who, String group, Map<String, Object> body) {
    return authorized(who.accessToken()).body(body).post("/api/v1/groups/" + group + "/expenses");
  }

  private static String foodBudget(ApiClient.Session who) {
    return authorized(who.accessToken()).body(Map.of("categoryId", "food_and_drink", "amount", "500.00",
            "currency", "EUR", "period", "monthly", "startDate", LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).toString()))
        .post("/api/v1/budgets").then().statusCode(201).extract().path("data.id");
  }

  private static String spent(ApiClient.Session who, String budget) {
    return authorized(who.accessToken()).get("/api/v1/budgets/" + budget).then().statusCode(200)
        .extract().path("data.progress.spent");
  }

  private static String balance(JsonPath balances, ApiClient.Session who, String currency) {
    return balances.getString("data.find { it.userId == '" + who.userId() + "' && it.currency == '" + currency + "' }.balance");
  }

  @Test
  void aGroupOfFourSharesInTwoCurrenciesAndEachBudgetCountsOnlyItsShare() throws Exception {
    ApiClient.Session ana = verifiedUser();
    ApiClient.Session ben = verifiedUser();
    ApiClient.Session cara = verifiedUser();
    ApiClient.Session dan = verifiedUser();
    ApiClient.Session stranger = ApiClient.signedInUser();
    String group = createGroup(ana, "Lisbon", "EUR");
    join(ana, group, ben);
    join(ben, group, cara);
    join(ana, group, dan);
    String anaBudget = foodBudget(ana);
    String benBudget = foodBudget(ben);

    // Ana paid dinner for four from her own account: the ledger has the whole 100.00, her budget her 25.00.
    String dinner = authorized(ana.accessToken()).body(Map.of("amount", "-100.00", "currency", "EUR", "date", TODAY,
            "merchantName", "Taberna", "categoryId", "food_and_drink.restaurant"))
        .post("/api/v1/transactions").then().statusCode(201).extract().path("data.id");
    assertEquals("100.00", spent(ana, anaBudget));
    Response fromLedger = authorized(ana.accessToken())
        .body(Map.of("transactionId", dinner, "split", Map.of("type", "equal"))).post("/api/v1/groups/" + group + "/expenses");
    fromLedger.then().statusCode(201).body("data.amount", equalTo("100.00")).body("data.currency", equalTo("EUR"))
        .body("data.description", equalTo("Taberna")).body("data.categoryId", equalTo("food_and_drink.restaurant"))
        .body("data.transactionId", equalTo(dinner))
        .body("data.split.parts.amount", equalTo(List.of("25.00", "25.00", "25.00", "25.00")));
    String dinnerExpense = fromLedger.path("data.id");
    assertEquals("25.00", spent(ana, anaBudget));
    authorized(ana.accessToken()).get("/api/v1/transactions/" + dinner).then().statusCode(200)
        .body("data.amount", equalTo("-100.00")).body("data.ownShare", equalTo("-25.00"));
    // Others never see Ana's ledger transaction id.
    authorized(ben.accessToken()).get("/api/v1/groups/" + group + "/expenses/" + dinnerExpense).then().statusCode(200)
        .body("data.transactionId", nullValue());

    // Cara paid 100.00 USD for three: the cent goes to the earliest member (Ana). Ben is told, Cara is not.
    try (JMSContext jms = broker.createContext();
        JMSConsumer told = jms.createConsumer(jms.createTopic(Destinations.DOMAIN_EVENTS_TOPIC_ADDRESS),
            "eventType = 'SharedExpenseAdded' AND (userId = '" + ben.userId() + "' OR userId = '" + cara.userId() + "')")) {
      add(cara, group, expense("Museum", "100.00", "USD", "equal", List.of(part(cara, null), part(ana, null), part(ben, null))))
          .then().statusCode(201).body("data.split.parts.userId", equalTo(List.of(ana.userId(), ben.userId(), cara.userId())))
          .body("data.split.parts.amount", equalTo(List.of("33.34", "33.33", "33.33")));
      Message event = told.receive(60_000);
      assertNotNull(event, "a member with a share is told");
      assertEquals(ben.userId(), event.getStringProperty("userId"));
      assertEquals("33.33", JsonPath.from(event.getBody(String.class)).getString("share"));
    }
    // Ben paid 90.00 EUR by percentages, Dan 60.00 EUR by shares, Cara 40.00 EUR by exact amounts.
    Map<String, Object> taxi = expense("Taxi", "90.00", "EUR", "percent",
        List.of(part(ana, "50"), part(ben, "25"), part(dan, "25")));
    taxi.put("paidBy", List.of(Map.of("userId", ben.userId(), "amount", "90.00")));
    add(ben, group, taxi).then().statusCode(201).body("data.split.parts.amount", equalTo(List.of("45.00", "22.50", "22.50")));
    add(dan, group, expense("Groceries", "60.00", "EUR", "shares", List.of(part(ben, "1"), part(cara, "2"), part(dan, "3"))))
        .then().statusCode(201).body("data.split.parts.amount", equalTo(List.of("10.00", "20.00", "30.00")));
    String tickets = add(cara, group, expense("Tickets", "40.00", "EUR", "exact", List.of(part(ana, "10.00"), part(cara, "30.00"))))
        .then().statusCode(201).extract().path("data.id");

    JsonPath balances = authorized(dan.accessToken()).get("/api/v1/groups/" + group + "/balances").then().statusCode(200)
        .extract().jsonPath();
    assertEquals("20.00", balance(balances, ana, "EUR"));
    assertEquals("32.50", balance(balances, ben, "EUR"));
    assertEquals("-35.00", balance(balances, cara, "EUR"));
    assertEquals("-17.50", balance(balances, dan, "EUR"));
    assertEquals("-33.34", balance(balances, ana, "USD"));
    assertEquals("-33.33", balance(balances, ben, "USD"));
    assertEquals("66.67", balance(balances, cara, "USD"));
    assertEquals("0.00", balance(balances, dan, "USD"));

    // The fewest transfers: no two EUR balances cancel, so 3 for EUR (four people) and 2 for USD (three).
    JsonPath plan = authorized(cara.accessToken()).get("/api/v1/groups/" + group + "/settle-up").then().statusCode(200)
        .body("data.exact", equalTo(true)).extract().jsonPath();
    List<Map<String, String>> transfers = plan.getList("data.transfers");
    assertEquals(3, transfers.stream().filter(t -> t.get("currency").equals("EUR")).count());
    assertEquals(2, transfers.stream().filter(t -> t.get("currency").equals("USD")).count());
    Map<String, BigDecimal> left = new HashMap<>();
    for (Map<String, Object> b : balances.<Map<String, Object>>getList("data")) {
      left.merge(b.get("userId") + "|" + b.get("currency"), new BigDecimal((String) b.get("balance")), BigDecimal::add);
    }
    for (Map<String, String> t : transfers) {
      BigDecimal amount = new BigDecimal(t.get("amount"));
      left.merge(t.get("from") + "|" + t.get("currency"), amount, BigDecimal::add);
      left.merge(t.get("to") + "|" + t.get("currency"), amount.negate(), BigDecimal::add);
    }
    assertTrue(left.values().stream().allMatch(v -> v.signum() == 0), "the plan settles everything: " + left);

    // Ben records his share of the dinner in his own ledger: his budget counts it.
    authorized(ben.accessToken()).body(Map.of()).post("/api/v1/groups/" + group + "/expenses/" + dinnerExpense + "/accept")
        .then().statusCode(201).body("data.amount", equalTo("-25.00")).body("data.categoryId", equalTo("food_and_drink.restaurant"));
    assertEquals("25.00", spent(ben, benBudget));
    authorized(ben.accessToken()).body(Map.of()).post("/api/v1/groups/" + group + "/expenses/" + dinnerExpense + "/accept")
        .then().statusCode(409);
    authorized(ana.accessToken()).body(Map.of()).post("/api/v1/groups/" + group + "/expenses/" + dinnerExpense + "/accept")
        .then().statusCode(409);

    // Cara pays Ana back 20.00 EUR: a transfer in both ledgers, spending in neither; Ana is told (an event).
    Response settled;
    try (JMSContext jms = broker.createContext();
        JMSConsumer told = jms.createConsumer(jms.createTopic(Destinations.DOMAIN_EVENTS_TOPIC_ADDRESS),
            "eventType = 'SettlementRecorded' AND userId = '" + ana.userId() + "'")) {
      settled = authorized(cara.accessToken()).body(Map.of("to", ana.userId(), "amount", "20.00"))
          .post("/api/v1/groups/" + group + "/settlements");
      Message event = told.receive(60_000);
      assertNotNull(event, "the receiver is told");
      JsonPath payload = JsonPath.from(event.getBody(String.class));
      assertEquals("20.00", payload.getString("amount"));
      assertEquals(cara.userId(), payload.getString("from"));
    }
    settled.then().statusCode(201).body("data.from", equalTo(cara.userId())).body("data.currency", equalTo("EUR"))
        .body("data.myTransactionId", not(nullValue()));
    authorized(cara.accessToken()).get("/api/v1/transactions/" + settled.path("data.myTransactionId")).then().statusCode(200)
        .body("data.amount", equalTo("-20.00")).body("data.categoryId", equalTo("transfer_out.other_transfer_out"))
        .body("data.ownShare", equalTo("0.00"));
    String anaSide = authorized(ana.accessToken()).get("/api/v1/groups/" + group + "/settlements").then().statusCode(200)
        .body("data", hasSize(1)).extract().path("data[0].myTransactionId");
    authorized(ana.accessToken()).get("/api/v1/transactions/" + anaSide).then().statusCode(200)
        .body("data.amount", equalTo("20.00")).body("data.categoryId", equalTo("transfer_in.other_transfer_in"))
        .body("data.ownShare", equalTo("0.00"));
    assertEquals("25.00", spent(ana, anaBudget));
    balances = authorized(ana.accessToken()).get("/api/v1/groups/" + group + "/balances").then().extract().jsonPath();
    assertEquals("0.00", balance(balances, ana, "EUR"));
    assertEquals("-15.00", balance(balances, cara, "EUR"));

    // Analytics counts the same: Ana spent her 25.00 EUR share, received no income; Cara spent nothing in EUR.
    JsonPath anaMonth = authorized(ana.accessToken()).get("/api/v1/analytics/spending-summary?period=month")
        .then().statusCode(200).extract().jsonPath();
    String eur = "data.byCurrency.find { it.currency == 'EUR' }";
    assertEquals(0, new BigDecimal("25.00").compareTo(new BigDecimal(anaMonth.getString(eur + ".totalSpent"))));
    assertEquals(0, BigDecimal.ZERO.compareTo(new BigDecimal(anaMonth.getString(eur + ".totalIncome"))));
    JsonPath caraMonth = authorized(cara.accessToken()).get("/api/v1/analytics/spending-summary?period=month")
        .then().statusCode(200).extract().jsonPath();
    String caraEur = caraMonth.getString(eur + ".totalSpent");
    assertTrue(caraEur == null || new BigDecimal(caraEur).signum() == 0, "a settlement is not spending: " + caraEur);

    // Edits are versioned; a delete stops counting and can be undone.
    authorized(cara.accessToken()).header("If-Match", "\"7\"").body(Map.of("description", "Concert"))
        .patch("/api/v1/groups/" + group + "/expenses/" + tickets).then().statusCode(409).body("error.code", equalTo("CONFLICT"));
    Response edited = authorized(dan.accessToken()).header("If-Match", "\"1\"").body(Map.of("description", "Concert"))
        .patch("/api/v1/groups/" + group + "/expenses/" + tickets);
    edited.then().statusCode(200).body("data.description", equalTo("Concert")).body("data.version", equalTo(2));
    authorized(ana.accessToken()).header("If-Match", "\"2\"").delete("/api/v1/groups/" + group + "/expenses/" + tickets)
        .then().statusCode(204);
    authorized(ana.accessToken()).get("/api/v1/groups/" + group + "/expenses").then().body("data.id", not(hasItem(tickets)));
    authorized(ana.accessToken()).get("/api/v1/groups/" + group + "/expenses?deleted=true").then().body("data.id", hasItem(tickets));
    balances = authorized(ana.accessToken()).get("/api/v1/groups/" + group + "/balances").then().extract().jsonPath();
    assertEquals("10.00", balance(balances, ana, "EUR"));
    authorized(ben.accessToken()).post("/api/v1/groups/" + group + "/expenses/" + tickets + "/restore").then().statusCode(200)
        .body("data.deletedAt", nullValue());
    balances = authorized(ana.accessToken()).get("/api/v1/groups/" + group + "/balances").then().extract().jsonPath();
    assertEquals("0.00", balance(balances, ana, "EUR"));

    // Comments.
    authorized(ben.accessToken()).body(Map.of("body", "Thanks Ana!"))
        .post("/api/v1/groups/" + group + "/expenses/" + dinnerExpense + "/comments").then().statusCode(201);
    authorized(dan.accessToken()).get("/api/v1/groups/" + group + "/expenses/" + dinnerExpense + "/comments").then()
        .statusCode(200).body("data.body", equalTo(List.of("Thanks Ana!")));

    // Nobody leaves owing: Dan still owes.
    authorized(dan.accessToken()).post("/api/v1/groups/" + group + "/leave").then().statusCode(409);

    // A stranger finds none of it.
    String t = stranger.accessToken();
    String base = "/api/v1/groups/" + group;
    authorized(t).get(base + "/expenses").then().statusCode(404);
    authorized(t).get(base + "/expenses/" + dinnerExpense).then().statusCode(404);
    authorized(t).body(expense("X", "1.00", "EUR", "equal", null)).post(base + "/expenses").then().statusCode(404);
    authorized(t).body(Map.of("description", "X")).patch(base + "/expenses/" + dinnerExpense).then().statusCode(404);
    authorized(t).delete(base + "/expenses/" + dinnerExpense).then().statusCode(404);
    authorized(t).post(base + "/expenses/" + tickets + "/restore").then().statusCode(404);
    authorized(t).get(base + "/expenses/" + dinnerExpense + "/comments").then().statusCode(404);
    authorized(t).body(Map.of("body", "hi")).post(base + "/expenses/" + dinnerExpense + "/comments").then().statusCode(404);
    authorized(t).body(Map.of()).post(base + "/expenses/" + dinnerExpense + "/accept").then().statusCode(404);
    authorized(t).get(base + "/balances").then().statusCode(404);
    authorized(t).get(base + "/settle-up").then().statusCode(404);
    authorized(t).get(base + "/settlements").then().statusCode(404);
    authorized(t).body(Map.of("to", ana.userId(), "amount", "1.00")).post(base + "/settlements").then().statusCode(404);
  }

  @Test
  void badExpensesAndSettlementsAreValidationErrors() throws Exception {
    ApiClient.Session ana = verifiedUser();
    ApiClient.Session ben = verifiedUser();
    String group = createGroup(ana, "Flat", "JPY");
    join(ana, group, ben);
    String base = "/api/v1/groups/" + group;
    add(ana, group, expense("Rice", "100.5", "JPY", "equal", null)).then().statusCode(400)
        .body("error.details.field", hasItem("amount"));
    add(ana, group, expense("Rice", "1000", "JPY", "exact", List.of(part(ana, "300"), part(ben, "600")))).then()
        .statusCode(400).body("error.details.field", hasItem("split.parts"));
    add(ana, group, expense("Rice", "1000", "JPY", "percent", List.of(part(ana, "50"), part(ben, "49")))).then()
        .statusCode(400).body("error.details.field", hasItem("split.parts"));
    add(ana, group, expense("Rice", "1000", "JPY", "thirds", null)).then().statusCode(400)
        .body("error.details.field", hasItem("split.type"));
    Map<String, Object> foreign = expense("Rice", "1000", "JPY", "equal", List.of(Map.of("userId", java.util.UUID.randomUUID().toString())));
    add(ana, group, foreign).then().statusCode(400).body("error.details.field", hasItem("split.parts[0].userId"));
    Map<String, Object> wrongPayers = expense("Rice", "1000", "JPY", "equal", null);
    wrongPayers.put("paidBy", List.of(Map.of("userId", ben.userId(), "amount", "999")));
    add(ana, group, wrongPayers).then().statusCode(400).body("error.details.field", hasItem("paidBy"));
    add(ana, group, expense("Rice", "1000", "JPY", "equal", null)).then().statusCode(201)
        .body("data.split.parts.amount", equalTo(List.of("500", "500")));
    authorized(ana.accessToken()).body(Map.of("to", ana.userId(), "amount", "100")).post(base + "/settlements")
        .then().statusCode(400);
    authorized(ana.accessToken()).body(Map.of("to", ben.userId(), "amount", "-1")).post(base + "/settlements")
        .then().statusCode(400).body("error.details.field", hasItem("amount"));
    authorized(ana.accessToken()).body(Map.of("transactionId", "nope", "split", Map.of("type", "equal")))
        .post(base + "/expenses").then().statusCode(400).body("error.details.field", hasItem("transactionId"));
  }
}

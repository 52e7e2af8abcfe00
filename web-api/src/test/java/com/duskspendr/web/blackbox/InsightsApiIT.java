package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.authorized;
import static com.duskspendr.web.blackbox.ApiClient.request;
import static com.duskspendr.web.blackbox.ApiClient.signedInUser;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.web.it.IntegrationEnvironment;
import com.duskspendr.web.it.WithIntegrationEnvironment;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Insights over a history recorded through the API like a client would (past dates), and the real-time
 * AnomalyDetected event observed on the broker by a plain JMS client.
 */
@ExtendWith(WithIntegrationEnvironment.class)
class InsightsApiIT {

  private static final String PATH = "/api/v1/ai/insights";

  private static void spend(ApiClient.Session user, LocalDate date, String amount, String merchant, String category) {
    record(user, date, "-" + amount, merchant, category);
  }

  private static String record(ApiClient.Session user, LocalDate date, String amount, String merchant, String category) {
    Map<String, Object> body = new HashMap<>();
    body.put("amount", amount);
    body.put("currency", "USD");
    body.put("date", date.toString());
    body.put("merchantName", merchant);
    body.put("categoryId", category);
    return authorized(user.accessToken()).body(body).post("/api/v1/transactions")
        .then().statusCode(201).extract().path("data.id");
  }

  /**
   * Month m (last month) and the three before it: groceries 100 a month then 200; a subscription at 15.99
   * that costs 17.99 in m; eight 4.50 coffees in m−1 then a 45.00 one in m; the same 49.90 charged on two
   * consecutive days in m; a first purchase of 2,500.00 from a new merchant in m.
   */
  private static YearMonth seedHistory(ApiClient.Session user) {
    YearMonth m = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
    for (int back = 3; back >= 1; back--) {
      YearMonth month = m.minusMonths(back);
      spend(user, month.atDay(10), "100.00", "Market", "food_and_drink.groceries");
      spend(user, month.atDay(5), "15.99", "StreamFlix", "entertainment.tv_and_movies");
    }
    for (int day = 1; day <= 8; day++) {
      spend(user, m.minusMonths(1).atDay(day), "4.50", "Corner Cafe", "food_and_drink.coffee");
    }
    record(user, m.atDay(1), "3000.00", "Employer", "income.wages");
    spend(user, m.atDay(5), "17.99", "StreamFlix", "entertainment.tv_and_movies");
    spend(user, m.atDay(10), "200.00", "Market", "food_and_drink.groceries");
    spend(user, m.atDay(12), "45.00", "Corner Cafe", "food_and_drink.coffee");
    spend(user, m.atDay(20), "49.90", "Gadget Shop", "general_merchandise.electronics");
    spend(user, m.atDay(21), "49.90", "Gadget Shop", "general_merchandise.electronics");
    spend(user, m.atDay(25), "2500.00", "Luxury Watches", "general_merchandise.electronics");
    return m;
  }

  private static List<Map<String, Object>> ofType(JsonPath json, String type) {
    return json.getList("data.findAll { it.type == '" + type + "' }");
  }

  @Test
  void aMonthsHistoryGivesEveryKindOfInsightWithItsNumbers() {
    ApiClient.Session user = signedInUser();
    YearMonth m = seedHistory(user);

    Response response = authorized(user.accessToken())
        .queryParam("period", "month").queryParam("date", m.atDay(15).toString()).get(PATH);
    response.then().statusCode(200).body("success", equalTo(true))
        .body("data.type", hasItems("spending_pattern", "unusual_amount", "duplicate_charge", "first_time_merchant",
            "recurring_payment", "price_increase", "savings_opportunity"))
        .body("data.period.kind", everyItemIs("month"))
        .body("data.period.start", everyItemIs(m.atDay(1).toString()))
        .body("data.currency", everyItemIs("USD"));
    JsonPath json = response.jsonPath();

    // Food: 200 + 45 = 245 against (100 + 100 + 136) / 3 = 112.00
    Map<String, Object> food = ofType(json, "spending_pattern").stream()
        .filter(i -> facts(i).get("categoryId").equals("food_and_drink")).findFirst().orElseThrow();
    assertEquals("245.00", facts(food).get("amount"));
    assertEquals("112.00", facts(food).get("previousAverage"));
    assertEquals("133.00", facts(food).get("changeAmount"));
    assertEquals(118.8f, ((Number) facts(food).get("changePercent")).floatValue());
    assertEquals(2, facts(food).get("rank"), "after 2,599.80 of general merchandise");

    Map<String, Object> unusual = ofType(json, "unusual_amount").get(0);
    assertEquals("45.00", facts(unusual).get("amount"));
    assertEquals("4.50", facts(unusual).get("median"));
    assertEquals("merchant", facts(unusual).get("basis"));

    Map<String, Object> duplicate = ofType(json, "duplicate_charge").get(0);
    assertEquals("alert", duplicate.get("severity"));
    assertEquals("49.90", facts(duplicate).get("amount"));
    assertEquals(1, facts(duplicate).get("daysApart"));

    Map<String, Object> firstTime = ofType(json, "first_time_merchant").get(0);
    assertEquals("2500.00", facts(firstTime).get("amount"));
    assertEquals("Luxury Watches", facts(firstTime).get("merchant"));

    Map<String, Object> subscription = ofType(json, "recurring_payment").get(0);
    assertEquals("StreamFlix", facts(subscription).get("merchant"));
    assertEquals("monthly", facts(subscription).get("cadence"));
    assertEquals(4, facts(subscription).get("occurrences"));
    assertEquals("17.99", facts(subscription).get("monthlyCost"));

    Map<String, Object> increase = ofType(json, "price_increase").get(0);
    assertEquals("15.99", facts(increase).get("previousAmount"));
    assertEquals("2.00", facts(increase).get("increase"));

    Map<String, Object> saving = ofType(json, "savings_opportunity").get(0);
    assertEquals("food_and_drink", facts(saving).get("categoryId"));
    assertEquals("133.00", facts(saving).get("couldSave"));
  }

  @Test
  void anotherUserSeesNoneOfMyInsights() {
    ApiClient.Session me = signedInUser();
    YearMonth m = seedHistory(me);
    ApiClient.Session other = signedInUser();

    authorized(other.accessToken()).queryParam("date", m.atDay(15).toString()).get(PATH)
        .then().statusCode(200).body("data", hasSize(0));
    authorized(other.accessToken()).queryParam("period", "year").get(PATH)
        .then().statusCode(200).body("data", hasSize(0));
  }

  @Test
  void badParametersAnswerTheErrorEnvelopeWithEveryField() {
    ApiClient.Session user = signedInUser();
    authorized(user.accessToken()).queryParam("period", "decade").queryParam("date", "2026-13-01").get(PATH)
        .then().statusCode(400)
        .body("success", equalTo(false))
        .body("error.code", equalTo("VALIDATION_ERROR"))
        .body("error.details.field", hasItems("period", "date"));
    authorized(user.accessToken()).queryParam("date", LocalDate.now(ZoneOffset.UTC).plusDays(2).toString()).get(PATH)
        .then().statusCode(400).body("error.details.field", hasItem("date"));
    request().get(PATH).then().statusCode(401).body("error.code", equalTo("UNAUTHORIZED"));
  }

  @Test
  void everyPeriodKindAnswers() {
    ApiClient.Session user = signedInUser();
    spend(user, LocalDate.now(ZoneOffset.UTC), "12.00", "Cafe", "food_and_drink.coffee");
    for (String period : List.of("week", "month", "quarter", "year")) {
      authorized(user.accessToken()).queryParam("period", period).get(PATH)
          .then().statusCode(200)
          .body("data[0].type", equalTo("spending_pattern"))
          .body("data[0].period.kind", equalTo(period))
          .body("data[0].facts.amount", equalTo("12.00"));
    }
  }

  @Test
  void aDuplicateChargeRecordedThroughTheApiPublishesAnomalyDetected() throws Exception {
    ApiClient.Session user = signedInUser();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String first = record(user, today.minusDays(1), "-29.99", "Gym Club", "personal_care.gyms_and_fitness_centers");

    ConnectionFactory factory = new ActiveMQConnectionFactory(IntegrationEnvironment.get().brokerUrl());
    try (JMSContext jms = factory.createContext();
        JMSConsumer consumer = jms.createConsumer(jms.createTopic("duskspendr.domain-events"),
            "eventType = 'AnomalyDetected' AND userId = '" + user.userId() + "'")) {
      long start = System.nanoTime();
      String second = record(user, today, "-29.99", "GYM CLUB", "personal_care.gyms_and_fitness_centers");

      Message message = consumer.receive(15_000);
      assertNotNull(message, "an AnomalyDetected event within 15 s");
      System.out.printf("AnomalyDetected %d ms after the create request was sent%n", (System.nanoTime() - start) / 1_000_000);
      assertEquals(1, message.getIntProperty("eventVersion"));
      JsonPath event = JsonPath.from(message.getBody(String.class));
      assertEquals("duplicate_charge", event.getString("kind"));
      assertEquals(user.userId(), event.getString("userId"));
      assertEquals(second, event.getString("transactionId"));
      assertEquals(first, event.getString("facts.otherTransactionId"));
      assertEquals("29.99", event.getString("facts.amount"));
      assertTrue(consumer.receive(2_000) == null, "one finding, published once");
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> facts(Map<String, Object> insight) {
    return (Map<String, Object>) insight.get("facts");
  }

  private static org.hamcrest.Matcher<?> everyItemIs(String value) {
    return org.hamcrest.Matchers.everyItem(equalTo(value));
  }
}

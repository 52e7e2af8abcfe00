package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.authorized;
import static com.duskspendr.web.blackbox.ApiClient.signedInUser;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.web.it.WithIntegrationEnvironment;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ledger as a mobile client uses it: record, read, filter, page, retry, change concurrently, delete. */
@ExtendWith(WithIntegrationEnvironment.class)
class TransactionsApiIT {

  private static final String PATH = "/api/v1/transactions";

  private static Map<String, Object> body(Object... pairs) {
    Map<String, Object> body = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      body.put((String) pairs[i], pairs[i + 1]);
    }
    return body;
  }

  private static Response create(ApiClient.Session user, Map<String, Object> body) {
    return authorized(user.accessToken()).body(body).post(PATH);
  }

  private static String createdId(ApiClient.Session user, Map<String, Object> body) {
    return create(user, body).then().statusCode(201).extract().path("data.id");
  }

  @Test
  void recordsAndReadsATransactionWithTheDocumentedDefaults() {
    ApiClient.Session user = signedInUser();

    Response created = create(user, body("amount", "-12.5", "date", "2024-05-01", "merchantName", "  Corner Café ",
        "tags", List.of("lunch", "work", "lunch")));
    created.then()
        .statusCode(201)
        .header("Location", endsWith(PATH + "/" + created.path("data.id")))
        .header("ETag", equalTo("\"1\""))
        .body("data.amount", equalTo("-12.50"))
        .body("data.currency", equalTo("USD"))
        .body("data.date", equalTo("2024-05-01"))
        .body("data.merchantName", equalTo("Corner Café"))
        .body("data.source", equalTo("manual"))
        .body("data.tags", equalTo(List.of("lunch", "work")))
        .body("data.categoryId", nullValue())
        .body("data.categorization.status", equalTo("pending"))
        .body("data.version", equalTo(1))
        .body("data.createdAt", notNullValue());

    // The categorizer may have filed it meanwhile (a new version): the ETag is whatever version is read.
    Response read = authorized(user.accessToken()).get(created.header("Location"));
    read.then()
        .statusCode(200)
        .header("ETag", equalTo("\"" + read.path("data.version") + "\""))
        .body("data.id", equalTo(created.path("data.id")))
        .body("data.amount", equalTo("-12.50"))
        .body("data.tags", equalTo(List.of("lunch", "work")));
  }

  @Test
  void amountsAreExactInEveryCurrencyAndAcceptedAsNumbersToo() {
    ApiClient.Session user = signedInUser();
    create(user, body("amount", 1234.5, "date", "2024-05-01")).then().statusCode(201).body("data.amount", equalTo("1234.50"));
    create(user, body("amount", "0.10", "date", "2024-05-01")).then().statusCode(201).body("data.amount", equalTo("0.10"));
    create(user, body("amount", "-500", "currency", "jpy", "date", "2024-05-01")).then().statusCode(201)
        .body("data.amount", equalTo("-500")).body("data.currency", equalTo("JPY"));
    create(user, body("amount", "-1.234", "currency", "KWD", "date", "2024-05-01")).then().statusCode(201)
        .body("data.amount", equalTo("-1.234"));
    create(user, body("amount", "-999999999.99", "date", "2024-05-01")).then().statusCode(201)
        .body("data.amount", equalTo("-999999999.99"));
  }

  @Test
  void aChosenCategoryIsTheUsersAndAChangeIsACorrection() {
    ApiClient.Session user = signedInUser();
    String id = create(user, body("amount", "-40", "date", "2024-05-02", "categoryId", "food_and_drink.groceries"))
        .then().statusCode(201)
        .body("data.categoryId", equalTo("food_and_drink.groceries"))
        .body("data.categorization.status", equalTo("manual"))
        .extract().path("data.id");
    String pending = createdId(user, body("amount", "-3", "date", "2024-05-02", "merchantName", "Blue Bottle"));

    authorized(user.accessToken()).body(body("categoryId", "food_and_drink.coffee")).patch(PATH + "/" + pending)
        .then().statusCode(200)
        .body("data.categoryId", equalTo("food_and_drink.coffee"))
        .body("data.categorization.status", equalTo("manual"))
        .body("data.version", greaterThanOrEqualTo(2)); // 3 when the categorizer filed it first
    authorized(user.accessToken()).body(body("categoryId", "")).patch(PATH + "/" + id)
        .then().statusCode(200)
        .body("data.categoryId", nullValue())
        .body("data.categorization.status", equalTo("manual"))
        .body("meta.ruleSuggestion", nullValue());
  }

  @Test
  void aCorrectionOffersTheRuleItCouldBecomeUntilThatRuleExists() {
    ApiClient.Session user = signedInUser();
    String first = createdId(user, body("amount", "-3", "date", "2024-05-02", "merchantName", "  SQ *Blue   Bottle "));
    Map<String, Object> offered =
        authorized(user.accessToken()).body(body("categoryId", "food_and_drink.coffee")).patch(PATH + "/" + first)
            .then().statusCode(200)
            .body("meta.ruleSuggestion.pattern", equalTo("sq *blue bottle"))
            .body("meta.ruleSuggestion.matchType", equalTo("exact"))
            .body("meta.ruleSuggestion.categoryId", equalTo("food_and_drink.coffee"))
            .extract().path("meta.ruleSuggestion");
    authorized(user.accessToken()).body(offered).post("/api/v1/rules").then().statusCode(201);

    String second = createdId(user, body("amount", "-4", "date", "2024-05-03", "merchantName", "SQ *BLUE BOTTLE"));
    authorized(user.accessToken()).body(body("categoryId", "food_and_drink.coffee")).patch(PATH + "/" + second)
        .then().statusCode(200)
        .body("meta.ruleSuggestion", nullValue());
    authorized(user.accessToken()).body(body("categoryId", "food_and_drink.restaurant")).patch(PATH + "/" + second)
        .then().statusCode(200)
        .body("meta.ruleSuggestion.categoryId", equalTo("food_and_drink.restaurant"));
    authorized(user.accessToken()).body(body("notes", "no category in this change")).patch(PATH + "/" + second)
        .then().statusCode(200)
        .body("meta.ruleSuggestion", nullValue());
  }

  @Test
  void listsNewestFirstInPagesThatNeitherOverlapNorSkip() {
    ApiClient.Session user = signedInUser();
    List<String> ids = new ArrayList<>();
    // Two per date, so that the order within a date (by id) and the cursor across it are exercised.
    for (int i = 0; i < 7; i++) {
      String date = LocalDate.of(2024, 3, 1).plusDays(i / 2).toString();
      ids.add(createdId(user, body("amount", "-" + (i + 1), "date", date)));
    }

    List<String> seen = new ArrayList<>();
    List<String> dates = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      var request = authorized(user.accessToken()).queryParam("limit", 3);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      Response page = request.get(PATH);
      page.then().statusCode(200);
      seen.addAll(page.path("data.id"));
      dates.addAll(page.path("data.date"));
      cursor = page.path("meta.nextCursor");
      pages++;
    } while (cursor != null && pages < 10);

    assertEquals(3, pages, "7 transactions in pages of 3");
    assertEquals(7, seen.size());
    assertEquals(new HashSet<>(ids), new HashSet<>(seen), "every transaction exactly once");
    List<String> sortedDates = new ArrayList<>(dates);
    sortedDates.sort(Collections.reverseOrder());
    assertEquals(sortedDates, dates, "newest first");
    for (int i = 1; i < seen.size(); i++) {
      if (dates.get(i).equals(dates.get(i - 1))) {
        assertTrue(seen.get(i).compareTo(seen.get(i - 1)) < 0, "same date: id descending");
      }
    }

    authorized(user.accessToken()).get(PATH).then().statusCode(200)
        .body("data.size()", equalTo(7)).body("meta.nextCursor", nullValue());
  }

  @Test
  void aPageAfterNewInsertsStillContinuesWhereItEnded() {
    ApiClient.Session user = signedInUser();
    for (int i = 0; i < 4; i++) {
      createdId(user, body("amount", "-1", "date", "2024-01-0" + (i + 1)));
    }
    Response first = authorized(user.accessToken()).queryParam("limit", 2).get(PATH);
    List<String> firstIds = first.path("data.id");
    // newer and older transactions arrive between the pages
    createdId(user, body("amount", "-1", "date", "2024-02-01"));
    String older = createdId(user, body("amount", "-1", "date", "2023-12-31"));
    List<String> rest = authorized(user.accessToken()).queryParam("cursor", (String) first.path("meta.nextCursor"))
        .get(PATH).path("data.id");
    assertEquals(3, rest.size(), "the two remaining plus the older one");
    assertTrue(rest.contains(older));
    rest.forEach(id -> assertTrue(!firstIds.contains(id), "no overlap"));
  }

  @Test
  void aListedTransactionIsExactlyWhatReadingItGives() {
    // The list and the sync feed read rows with plain JDBC, a single read through JPA: every field must agree.
    ApiClient.Session user = signedInUser();
    String id = createdId(user, body("amount", "-42.1", "currency", "EUR", "date", "2024-06-02",
        "bookedAt", "2024-06-02T08:15:30.5+02:00", "merchantName", "Blue Bottle", "description", "flat white",
        "categoryId", "food_and_drink.coffee", "notes", "with \"Sam\"", "tags", List.of("coffee", "a, b", "{x}")));

    Map<String, Object> read = authorized(user.accessToken()).get(PATH + "/" + id).then().statusCode(200)
        .extract().jsonPath().getMap("data");
    Map<String, Object> listed = authorized(user.accessToken()).get(PATH).then().statusCode(200)
        .extract().jsonPath().getMap("data[0]");

    assertEquals(read, listed);
    assertEquals(List.of("coffee", "a, b", "{x}"), listed.get("tags"));
    assertEquals("2024-06-02T06:15:30.5Z", listed.get("bookedAt"));
  }

  @Test
  void filtersNarrowTheList() {
    ApiClient.Session user = signedInUser();
    String groceries = createdId(user, body("amount", "-80.25", "date", "2024-04-01", "merchantName", "Whole Foods",
        "categoryId", "food_and_drink.groceries", "tags", List.of("family")));
    String coffee = createdId(user, body("amount", "-4.5", "date", "2024-04-03", "merchantName", "Blue Bottle",
        "categoryId", "food_and_drink.coffee", "source", "sms"));
    String salary = createdId(user, body("amount", "3000", "date", "2024-04-05", "description", "April salary",
        "categoryId", "income", "source", "bank_import", "notes", "Paid by ACME_Corp 100%"));
    String taxi = createdId(user, body("amount", "-23", "date", "2024-05-10", "merchantName", "Uber",
        "categoryId", "transportation.taxis_and_ride_shares", "tags", List.of("family", "trip")));

    assertFilter(user, Map.of("categoryId", "food_and_drink"), groceries, coffee);
    assertFilter(user, Map.of("categoryId", "food_and_drink.coffee"), coffee);
    assertFilter(user, Map.of("startDate", "2024-04-03", "endDate", "2024-04-05"), coffee, salary);
    assertFilter(user, Map.of("minAmount", "-25", "maxAmount", "-4.5"), coffee, taxi);
    assertFilter(user, Map.of("minAmount", "0"), salary);
    assertFilter(user, Map.of("q", "whole FOODS"), groceries);
    assertFilter(user, Map.of("q", "salary"), salary);
    assertFilter(user, Map.of("q", "acme_corp 100%"), salary);
    assertFilter(user, Map.of("q", "100_"));
    assertFilter(user, Map.of("source", "sms"), coffee);
    assertFilter(user, Map.of("tag", "family"), groceries, taxi);
    assertFilter(user, Map.of("tag", "family", "startDate", "2024-05-01"), taxi);
  }

  private static void assertFilter(ApiClient.Session user, Map<String, String> filter, String... expected) {
    var request = authorized(user.accessToken());
    filter.forEach(request::queryParam);
    var response = request.get(PATH).then().statusCode(200);
    if (expected.length == 0) {
      response.body("data", empty());
    } else {
      response.body("data.id", containsInAnyOrder((Object[]) expected));
    }
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyRecordsNothingNew() {
    ApiClient.Session user = signedInUser();
    String key = UUID.randomUUID().toString();
    Map<String, Object> request = body("amount", "-9.99", "date", "2024-05-01", "merchantName", "Kiosk");

    Response first = authorized(user.accessToken()).header("Idempotency-Key", key).body(request).post(PATH);
    first.then().statusCode(201).header("Idempotent-Replayed", nullValue());
    // the same request, the amount written differently
    Response retry = authorized(user.accessToken()).header("Idempotency-Key", key)
        .body(body("amount", -9.990, "date", "2024-05-01", "merchantName", "Kiosk")).post(PATH);
    retry.then().statusCode(201)
        .header("Idempotent-Replayed", equalTo("true"))
        .header("Location", equalTo(first.header("Location")))
        .body("data.id", equalTo(first.path("data.id")));

    authorized(user.accessToken()).header("Idempotency-Key", key)
        .body(body("amount", "-10.99", "date", "2024-05-01", "merchantName", "Kiosk")).post(PATH)
        .then().statusCode(409).body("error.code", equalTo("CONFLICT"));

    authorized(user.accessToken()).get(PATH).then().body("data.size()", equalTo(1));

    // keys are per user: another user may use the same one
    ApiClient.Session other = signedInUser();
    authorized(other.accessToken()).header("Idempotency-Key", key).body(request).post(PATH)
        .then().statusCode(201).body("data.id", not(equalTo(first.path("data.id"))));
  }

  @Test
  void concurrentRetriesWithOneKeyCreateOneTransaction() throws Exception {
    ApiClient.Session user = signedInUser();
    String key = UUID.randomUUID().toString();
    Map<String, Object> request = body("amount", "-5", "date", "2024-05-01");
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Response>> calls = IntStream.range(0, 4)
        .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
          await(start);
          return authorized(user.accessToken()).header("Idempotency-Key", key).body(request).post(PATH);
        }))
        .toList();
    start.countDown();
    Set<String> ids = new HashSet<>();
    for (CompletableFuture<Response> call : calls) {
      Response response = call.get();
      assertEquals(201, response.statusCode(), response.asString());
      ids.add(response.path("data.id"));
    }
    assertEquals(1, ids.size());
    authorized(user.accessToken()).get(PATH).then().body("data.size()", equalTo(1));
  }

  @Test
  void aClientChosenIdMakesRetriesSafeToo() {
    ApiClient.Session user = signedInUser();
    String id = UUID.randomUUID().toString();
    Map<String, Object> request = body("id", id, "amount", "-7", "date", "2024-05-01", "merchantName", "Bakery");

    create(user, request).then().statusCode(201).body("data.id", equalTo(id));
    create(user, request).then().statusCode(201).header("Idempotent-Replayed", equalTo("true")).body("data.id", equalTo(id));
    create(user, body("id", id, "amount", "-8", "date", "2024-05-01", "merchantName", "Bakery")).then()
        .statusCode(409)
        .body("error.current.id", equalTo(id))
        .body("error.current.amount", equalTo("-7.00"));
    authorized(user.accessToken()).get(PATH).then().body("data.size()", equalTo(1));

    // Ids are per user: another user's create with the same id answers exactly as with a fresh one (a 409
    // would tell them the id exists) and makes a transaction of their own; neither sees the other's.
    ApiClient.Session other = signedInUser();
    Map<String, Object> theirs = body("id", id, "amount", "-99", "date", "2024-06-02", "merchantName", "Garage");
    create(other, theirs).then().statusCode(201).header("Idempotent-Replayed", nullValue())
        .body("data.id", equalTo(id)).body("data.amount", equalTo("-99.00"));
    authorized(other.accessToken()).get(PATH + "/" + id).then().statusCode(200).body("data.merchantName", equalTo("Garage"));
    authorized(user.accessToken()).get(PATH + "/" + id).then().statusCode(200)
        .body("data.merchantName", equalTo("Bakery")).body("data.amount", equalTo("-7.00"));
    authorized(other.accessToken()).delete(PATH + "/" + id).then().statusCode(204);
    authorized(user.accessToken()).get(PATH + "/" + id).then().statusCode(200).body("data.merchantName", equalTo("Bakery"));
  }

  @Test
  void ofTwoConcurrentChangesOfOneVersionOneWinsAndTheOtherSeesItsResult() throws Exception {
    ApiClient.Session user = signedInUser();
    String id = createdId(user, body("amount", "-20", "date", "2024-05-01"));
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Response>> calls = List.of("first note", "second note").stream()
        .map(note -> CompletableFuture.supplyAsync(() -> {
          await(start);
          return authorized(user.accessToken()).header("If-Match", "\"1\"").body(body("notes", note))
              .patch(PATH + "/" + id);
        }))
        .toList();
    start.countDown();
    Response a = calls.get(0).get();
    Response b = calls.get(1).get();

    List<Integer> statuses = new ArrayList<>(List.of(a.statusCode(), b.statusCode()));
    Collections.sort(statuses);
    assertEquals(List.of(200, 409), statuses, a.asString() + b.asString());
    Response won = a.statusCode() == 200 ? a : b;
    Response lost = a.statusCode() == 200 ? b : a;
    assertEquals(2, (int) won.path("data.version"));
    assertEquals("CONFLICT", lost.path("error.code"));
    assertEquals(2, (int) lost.path("error.current.version"));
    assertEquals((String) won.path("data.notes"), lost.path("error.current.notes"));

    // the loser retries on top of the current version, with the version in the body this time
    authorized(user.accessToken()).body(body("notes", "merged", "version", 2)).patch(PATH + "/" + id)
        .then().statusCode(200).body("data.version", equalTo(3)).body("data.notes", equalTo("merged"));
  }

  @Test
  void aStaleVersionChangesNothing() {
    ApiClient.Session user = signedInUser();
    // The user's category: the categorizer never writes (and so never bumps the version) in between.
    String id = createdId(user, body("amount", "-20", "date", "2024-05-01", "merchantName", "Old",
        "categoryId", "general_merchandise"));
    authorized(user.accessToken()).body(body("merchantName", "New", "version", 1)).patch(PATH + "/" + id)
        .then().statusCode(200).header("ETag", equalTo("\"2\""));

    authorized(user.accessToken()).header("If-Match", "\"1\"").body(body("merchantName", "Stale")).patch(PATH + "/" + id)
        .then().statusCode(409).body("error.current.merchantName", equalTo("New")).body("error.current.version", equalTo(2));
    authorized(user.accessToken()).header("If-Match", "\"1\"").delete(PATH + "/" + id)
        .then().statusCode(409).body("error.current.version", equalTo(2));
    authorized(user.accessToken()).header("If-Match", "\"2\"").body(body("version", 1)).patch(PATH + "/" + id)
        .then().statusCode(400).body("error.details.field", hasItem("version"));
    authorized(user.accessToken()).get(PATH + "/" + id).then().body("data.merchantName", equalTo("New"));

    authorized(user.accessToken()).queryParam("version", 2).delete(PATH + "/" + id).then().statusCode(204);
    authorized(user.accessToken()).get(PATH + "/" + id).then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
    authorized(user.accessToken()).delete(PATH + "/" + id).then().statusCode(404);
  }

  @Test
  void everyInvalidFieldIsReportedAtOnce() {
    ApiClient.Session user = signedInUser();
    Map<String, Object> request = body(
        "id", "not-a-uuid",
        "amount", "0",
        "currency", "ABC",
        "date", "2024-02-30",
        "bookedAt", "yesterday",
        "merchantName", "m".repeat(201),
        "description", "line\nbreak",
        "categoryId", "no such category",
        "source", "telepathy",
        "notes", "n".repeat(2001),
        "tags", List.of("ok", "t".repeat(33), " "),
        "externalId", "e".repeat(201));
    create(user, request).then()
        .statusCode(400)
        .body("error.code", equalTo("VALIDATION_ERROR"))
        .body("error.details.field", containsInAnyOrder("id", "amount", "currency", "date", "bookedAt", "merchantName",
            "description", "categoryId", "source", "notes", "tags[1]", "tags[2]", "externalId"));
    authorized(user.accessToken()).get(PATH).then().body("data", empty());
  }

  @Test
  void eachAmountAndDateRuleIsEnforced() {
    ApiClient.Session user = signedInUser();
    assertInvalid(user, body("date", "2024-05-01"), "amount");
    assertInvalid(user, body("amount", "-1"), "date");
    assertInvalid(user, body("amount", 0, "date", "2024-05-01"), "amount");
    assertInvalid(user, body("amount", "1000000000.01", "date", "2024-05-01"), "amount");
    assertInvalid(user, body("amount", "-1000000001", "date", "2024-05-01"), "amount");
    assertInvalid(user, body("amount", "1.001", "date", "2024-05-01"), "amount");
    assertInvalid(user, body("amount", "1.5", "currency", "JPY", "date", "2024-05-01"), "amount");
    assertInvalid(user, body("amount", "1", "date", "1969-12-31"), "date");
    assertInvalid(user, body("amount", "1", "date", LocalDate.now().plusYears(1).plusDays(2).toString()), "date");
    assertInvalid(user, body("amount", "1", "date", "01/05/2024"), "date");
    assertInvalid(user, body("amount", "1", "date", "2024-05-01", "tags", IntStream.range(0, 21).mapToObj(i -> "t" + i).toList()), "tags");
    create(user, body("amount", "1", "date", LocalDate.now().plusYears(1).minusDays(1).toString())).then().statusCode(201);
    create(user, body("amount", "1", "date", "1970-01-01")).then().statusCode(201);
    // wrong JSON types never reach the ledger
    create(user, body("amount", true, "date", "2024-05-01")).then().statusCode(400);
    create(user, body("amount", "twelve", "date", "2024-05-01")).then().statusCode(400);
    create(user, body("amount", "1", "date", "2024-05-01", "unknown", "x")).then().statusCode(400);
    authorized(user.accessToken()).header("Idempotency-Key", "x".repeat(256)).body(body("amount", "1", "date", "2024-05-01"))
        .post(PATH).then().statusCode(400).body("error.details.field", hasItem("Idempotency-Key"));
  }

  @Test
  void invalidChangesAndListParametersAreReported() {
    ApiClient.Session user = signedInUser();
    String id = createdId(user, body("amount", "-1.5", "date", "2024-05-01"));
    authorized(user.accessToken()).body(body("amount", "0", "date", "1900-01-01", "tags", List.of(""))).patch(PATH + "/" + id)
        .then().statusCode(400).body("error.details.field", containsInAnyOrder("amount", "date", "tags[0]"));
    // the kept amount (1.50) does not fit a currency without minor units
    authorized(user.accessToken()).body(body("currency", "JPY")).patch(PATH + "/" + id)
        .then().statusCode(400).body("error.details.field", hasItem("currency"));
    authorized(user.accessToken()).header("If-Match", "soon").body(body("notes", "x")).patch(PATH + "/" + id)
        .then().statusCode(400).body("error.details.field", hasItem("If-Match"));
    authorized(user.accessToken()).get(PATH + "/" + id).then().body("data.version", equalTo(1));

    authorized(user.accessToken())
        .queryParam("limit", 201).queryParam("cursor", "garbage").queryParam("startDate", "2024-13-01")
        .queryParam("minAmount", "ten").queryParam("source", "mail").queryParam("categoryId", "no such category")
        .get(PATH).then().statusCode(400)
        .body("error.details.field", hasItems("limit", "cursor", "startDate", "minAmount", "source", "categoryId"));
    authorized(user.accessToken()).queryParam("startDate", "2024-05-02").queryParam("endDate", "2024-05-01")
        .get(PATH).then().statusCode(400).body("error.details.field", hasItem("endDate"));
    authorized(user.accessToken()).queryParam("limit", 0).get(PATH).then().statusCode(400);
  }

  private static void assertInvalid(ApiClient.Session user, Map<String, Object> body, String field) {
    create(user, body).then().statusCode(400).body("error.details.field", equalTo(List.of(field)));
  }

  @Test
  void anotherUsersTransactionIsNotFoundAnywhere() {
    ApiClient.Session alice = signedInUser();
    ApiClient.Session bob = signedInUser();
    String id = createdId(alice, body("amount", "-55", "date", "2024-05-01", "merchantName", "Secret shop", "tags", List.of("x"),
        "categoryId", "general_merchandise"));
    createdId(bob, body("amount", "-1", "date", "2024-05-01"));

    authorized(bob.accessToken()).get(PATH + "/" + id).then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
    authorized(bob.accessToken()).body(body("notes", "mine now")).patch(PATH + "/" + id).then().statusCode(404);
    authorized(bob.accessToken()).header("If-Match", "\"1\"").body(body("notes", "mine now")).patch(PATH + "/" + id)
        .then().statusCode(404);
    authorized(bob.accessToken()).delete(PATH + "/" + id).then().statusCode(404);
    authorized(bob.accessToken()).get(PATH).then().statusCode(200).body("data.id", not(hasItem(id))).body("data.size()", equalTo(1));
    authorized(bob.accessToken()).queryParam("q", "secret").get(PATH).then().body("data", empty());
    authorized(bob.accessToken()).queryParam("tag", "x").get(PATH).then().body("data", empty());
    authorized(bob.accessToken()).get(PATH + "/not-a-uuid").then().statusCode(404);

    authorized(alice.accessToken()).get(PATH + "/" + id).then().statusCode(200)
        .body("data.notes", nullValue()).body("data.version", equalTo(1));
  }

  @Test
  void deletingTheAccountErasesItsTransactionsWithIt() {
    ApiClient.Session user = signedInUser();
    createdId(user, body("amount", "-5", "date", "2024-05-01", "categoryId", "food_and_drink.coffee"));
    authorized(user.accessToken()).header("Idempotency-Key", "k1").body(body("amount", "-6", "date", "2024-05-01")).post(PATH)
        .then().statusCode(201);
    // the ledger's observer runs in the deleting transaction: had it failed, the account would still exist
    authorized(user.accessToken()).body(Map.of("password", ApiClient.PASSWORD)).delete("/api/v1/users/me").then().statusCode(204);
    ApiClient.login(user.email(), ApiClient.PASSWORD, null).then().statusCode(401);
  }

  @Test
  void withoutATokenNothingIsVisible() {
    ApiClient.request().get(PATH).then().statusCode(401);
    ApiClient.request().body(body("amount", "1", "date", "2024-05-01")).post(PATH).then().statusCode(401);
  }

  @Test
  void theOpenApiDocumentDescribesTheEndpoints() {
    Response openapi = ApiClient.request().accept("application/json").get("/openapi");
    openapi.then().statusCode(200);
    Map<String, Object> paths = openapi.path("paths");
    assertNotNull(paths.get("/api/v1/transactions"), paths.keySet().toString());
    assertNotNull(paths.get("/api/v1/transactions/{id}"));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

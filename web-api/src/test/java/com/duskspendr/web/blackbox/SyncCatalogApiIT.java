package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.authorized;
import static com.duskspendr.web.blackbox.ApiClient.signedInUser;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.web.it.WithIntegrationEnvironment;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Categories, merchant rules and budgets through offline sync, as the mobile app sees them: what the REST
 * endpoints write shows up in the changes feed exactly as their GET answers it, deletions as tombstones,
 * nothing of another user ever; pushed changes apply only over the version the client saw.
 */
@ExtendWith(WithIntegrationEnvironment.class)
class SyncCatalogApiIT {

  private static final String FEED = "/api/v1/sync/changes";
  private static final String PUSH = "/api/v1/sync/push";

  /** Every change after {@code since}, paging to the end (each page must answer 200). */
  private static List<Map<String, Object>> feed(String token, String since, int limit) {
    List<Map<String, Object>> changes = new ArrayList<>();
    String cursor = since;
    for (int page = 0; page < 100; page++) {
      var request = authorized(token).queryParam("limit", limit);
      if (cursor != null) {
        request.queryParam("since", cursor);
      }
      JsonPath body = request.get(FEED).then().statusCode(200).extract().jsonPath();
      changes.addAll(body.getList("data.changes"));
      cursor = body.getString("data.nextCursor");
      if (!body.getBoolean("data.hasMore")) {
        return changes;
      }
    }
    throw new AssertionError("the feed never ended");
  }

  private static String cursorNow(String token) {
    String cursor = null;
    while (true) {
      var request = authorized(token).queryParam("limit", 500);
      if (cursor != null) {
        request.queryParam("since", cursor);
      }
      JsonPath body = request.get(FEED).then().statusCode(200).extract().jsonPath();
      cursor = body.getString("data.nextCursor");
      if (!body.getBoolean("data.hasMore")) {
        return cursor;
      }
    }
  }

  private static Map<String, Object> change(List<Map<String, Object>> changes, String entity, String id) {
    List<Map<String, Object>> matching =
        changes.stream().filter(c -> entity.equals(c.get("entity")) && id.equals(c.get("id"))).toList();
    assertEquals(1, matching.size(), "changes of " + entity + " " + id + " in " + changes);
    return matching.get(0);
  }

  private static Map<String, Object> get(String token, String path) {
    return authorized(token).get(path).then().statusCode(200).extract().jsonPath().getMap("data");
  }

  private static Map<String, Object> upsert(String entity, String id, Long baseVersion, Map<String, Object> data) {
    Map<String, Object> change = new HashMap<>();
    change.put("entity", entity);
    change.put("op", "upsert");
    change.put("id", id);
    change.put("baseVersion", baseVersion);
    change.put("data", data);
    return change;
  }

  private static Map<String, Object> delete(String entity, String id, long baseVersion) {
    return Map.of("entity", entity, "op", "delete", "id", id, "baseVersion", baseVersion);
  }

  private static JsonPath push(String token, List<Map<String, Object>> changes) {
    return authorized(token).body(Map.of("changes", changes)).post(PUSH).then().statusCode(200).extract().jsonPath();
  }

  private static Map<String, Object> groceriesBudget() {
    return Map.of(
        "categoryId", "food_and_drink.groceries", "amount", "400.00", "currency", "USD", "period", "monthly",
        "startDate", "2026-01-01");
  }

  private static String createCategory(String token, String name) {
    return authorized(token).body(Map.of("parentId", "food_and_drink", "name", name)).post("/api/v1/categories")
        .then().statusCode(201).extract().path("data.id");
  }

  private static String createRule(String token, String pattern, String categoryId) {
    return authorized(token).body(Map.of("pattern", pattern, "matchType", "prefix", "categoryId", categoryId))
        .post("/api/v1/rules").then().statusCode(201).extract().path("data.id");
  }

  private static String createBudget(String token) {
    return authorized(token).body(groceriesBudget()).post("/api/v1/budgets")
        .then().statusCode(201).extract().path("data.id");
  }

  @Test
  void whatRestWritesTheFeedShowsAsGetAnswersItThenAsTombstones() {
    String token = signedInUser().accessToken();
    String category = createCategory(token, "Bubble tea");
    authorized(token).body(Map.of("name", "Boba", "version", 1)).patch("/api/v1/categories/" + category)
        .then().statusCode(200).body("data.version", equalTo(2));
    authorized(token).body(Map.of("hidden", true, "version", 2)).patch("/api/v1/categories/" + category)
        .then().statusCode(200).body("data.version", equalTo(3));
    authorized(token).body(Map.of("name", "Caffeine", "hidden", true)).patch("/api/v1/categories/food_and_drink.coffee")
        .then().statusCode(200).body("data.version", equalTo(1));
    String rule = createRule(token, "boba guys", category);
    String budget = createBudget(token);

    List<Map<String, Object>> changes = feed(token, null, 2);
    assertEquals(4, changes.size(), changes.toString());
    Map<String, Object> own = change(changes, "category", category);
    assertEquals("upsert", own.get("op"));
    assertEquals(3, own.get("version"));
    assertEquals(get(token, "/api/v1/categories/" + category), own.get("data"));
    Map<String, Object> coffee = change(changes, "category", "food_and_drink.coffee");
    assertEquals(1, coffee.get("version"));
    assertEquals(get(token, "/api/v1/categories/food_and_drink.coffee"), coffee.get("data"));
    assertEquals("Caffeine", ((Map<?, ?>) coffee.get("data")).get("name"));
    Map<String, Object> ruleChange = change(changes, "rule", rule);
    assertEquals(1, ruleChange.get("version"));
    assertEquals(get(token, "/api/v1/rules/" + rule), ruleChange.get("data"));
    Map<String, Object> budgetChange = change(changes, "budget", budget);
    assertEquals(1, budgetChange.get("version"));
    assertEquals(get(token, "/api/v1/budgets/" + budget), budgetChange.get("data"));
    assertNotNull(((Map<?, ?>) budgetChange.get("data")).get("progress"));

    String cursor = cursorNow(token);
    authorized(token).header("If-Match", "1").delete("/api/v1/budgets/" + budget).then().statusCode(204);
    // deleting the category takes its rule with it
    authorized(token).header("If-Match", "3").delete("/api/v1/categories/" + category).then().statusCode(204);

    List<Map<String, Object>> deletions = feed(token, cursor, 500);
    assertEquals(3, deletions.size(), deletions.toString());
    for (Map<String, Object> tombstone : deletions) {
      assertEquals("delete", tombstone.get("op"));
      assertNull(tombstone.get("data"));
    }
    assertEquals(2, change(deletions, "budget", budget).get("version"));
    assertEquals(2, change(deletions, "rule", rule).get("version"));
    assertEquals(4, change(deletions, "category", category).get("version"));

    // from scratch: the renamed system category and the three tombstones, nothing else
    List<Map<String, Object>> all = feed(token, null, 1);
    assertEquals(4, all.size(), all.toString());
    assertEquals("upsert", change(all, "category", "food_and_drink.coffee").get("op"));
    assertEquals("delete", change(all, "category", category).get("op"));
  }

  @Test
  void anotherUsersChangesNeverAppearAndCannotBePushed() {
    String alice = signedInUser().accessToken();
    String bob = signedInUser().accessToken();
    String category = createCategory(bob, "Road trips");
    String rule = createRule(bob, "shell", category);
    String budget = createBudget(bob);
    authorized(bob).body(Map.of("hidden", true)).patch("/api/v1/categories/travel").then().statusCode(200);

    authorized(alice).queryParam("limit", 500).get(FEED).then().statusCode(200).body("data.changes", empty());
    assertEquals(4, feed(bob, null, 500).size());

    JsonPath results = push(alice, List.of(
        upsert("rule", rule, 1L, Map.of("pattern", "mine")),
        upsert("budget", budget, 1L, Map.of("amount", "1")),
        upsert("category", category, 1L, Map.of("name", "Mine")),
        upsert("rule", rule, null, Map.of("pattern", "mine", "matchType", "exact", "categoryId", "travel")),
        delete("budget", budget, 1)));
    // not Alice's: nothing to update (conflict, no current record) and nothing to delete
    assertEquals(List.of("conflict", "conflict", "conflict", "conflict", "applied"), results.getList("data.results.status"));
    assertEquals(java.util.Arrays.asList(null, null, null, null, null), results.getList("data.results.current"));
    assertEquals(java.util.Arrays.asList(null, null, null, null, null), results.getList("data.results.version"));

    authorized(bob).get("/api/v1/rules/" + rule).then().statusCode(200).body("data.pattern", equalTo("shell"));
    authorized(bob).get("/api/v1/budgets/" + budget).then().statusCode(200).body("data.amount", equalTo("400.00"));
    authorized(bob).get("/api/v1/categories/" + category).then().statusCode(200).body("data.name", equalTo("Road trips"));
    authorized(alice).queryParam("limit", 500).get(FEED).then().statusCode(200).body("data.changes", empty());
  }

  @Test
  void pushedUpdatesApplyOverTheSeenVersionOnly() {
    String token = signedInUser().accessToken();
    String category = createCategory(token, "Bubble tea");
    String rule = createRule(token, "boba", category);
    String budget = createBudget(token);

    JsonPath applied = push(token, List.of(
        upsert("category", category, 1L, Map.of("name", "Boba")),
        upsert("rule", rule, 1L, Map.of("pattern", "Boba Guys", "priority", 5)),
        upsert("budget", budget, 1L, Map.of("amount", 250.5, "rollover", true)),
        upsert("category", "food_and_drink.coffee", 0L, Map.of("hidden", true))));
    assertEquals(List.of("applied", "applied", "applied", "applied"), applied.getList("data.results.status"));
    assertEquals(List.of(2, 2, 2, 1), applied.getList("data.results.version"));
    authorized(token).get("/api/v1/categories/" + category).then().body("data.name", equalTo("Boba"));
    authorized(token).get("/api/v1/rules/" + rule).then().body("data.pattern", equalTo("boba guys")).body("data.priority", equalTo(5));
    authorized(token).get("/api/v1/budgets/" + budget).then().body("data.amount", equalTo("250.50")).body("data.rollover", is(true));
    authorized(token).get("/api/v1/categories/food_and_drink.coffee").then().body("data.hidden", is(true)).body("data.version", equalTo(1));

    // a device that still holds version 1 is told the server's record and nothing is overwritten
    JsonPath stale = push(token, List.of(
        upsert("category", category, 1L, Map.of("name", "Tea")),
        upsert("rule", rule, 1L, Map.of("priority", 7)),
        upsert("budget", budget, 1L, Map.of("amount", "300")),
        upsert("category", "food_and_drink.coffee", 0L, Map.of("name", "Caffeine")),
        delete("budget", budget, 1)));
    assertEquals(List.of("conflict", "conflict", "conflict", "conflict", "conflict"), stale.getList("data.results.status"));
    assertEquals(List.of(2, 2, 2, 1, 2), stale.getList("data.results.version"));
    assertEquals(get(token, "/api/v1/categories/" + category), stale.getMap("data.results[0].current"));
    assertEquals(get(token, "/api/v1/rules/" + rule), stale.getMap("data.results[1].current"));
    assertEquals(get(token, "/api/v1/budgets/" + budget), stale.getMap("data.results[2].current"));
    assertEquals("Coffee", stale.getString("data.results[3].current.name"));
    authorized(token).get("/api/v1/budgets/" + budget).then().statusCode(200).body("data.amount", equalTo("250.50"));

    // replaying the first push changes nothing and answers as the first time
    JsonPath replay = push(token, List.of(
        upsert("category", category, 1L, Map.of("name", "Boba")),
        upsert("rule", rule, 1L, Map.of("pattern", "boba guys", "priority", 5)),
        upsert("budget", budget, 1L, Map.of("amount", 250.5, "rollover", true))));
    assertEquals(List.of("applied", "applied", "applied"), replay.getList("data.results.status"));
    assertEquals(List.of(2, 2, 2), replay.getList("data.results.version"));

    // deletes with the right version; system categories are hidden, never deleted
    JsonPath deleted = push(token, List.of(
        delete("rule", rule, 2), delete("budget", budget, 2), delete("category", category, 2),
        delete("category", "food_and_drink.coffee", 1)));
    assertEquals(List.of("applied", "applied", "applied", "conflict"), deleted.getList("data.results.status"));
    assertEquals(java.util.Arrays.asList(3, 3, 3, 1), deleted.getList("data.results.version"));
    authorized(token).get("/api/v1/rules/" + rule).then().statusCode(404);
    authorized(token).get("/api/v1/budgets/" + budget).then().statusCode(404);
    authorized(token).get("/api/v1/categories/" + category).then().statusCode(404);
    authorized(token).get("/api/v1/categories/food_and_drink.coffee").then().statusCode(200);
  }

  @Test
  void invalidPushedChangesAreRejectedWithTheFieldsNamed() {
    String token = signedInUser().accessToken();
    String category = createCategory(token, "Bubble tea");
    String rule = createRule(token, "boba", category);
    String other = createRule(token, "lyft", "transportation");
    String budget = createBudget(token);

    JsonPath results = push(token, List.of(
        upsert("category", category, 1L, Map.of("name", " ")),
        upsert("rule", rule, 1L, Map.of("matchType", "regex")),
        upsert("budget", budget, 1L, Map.of("amount", "-5", "period", "daily")),
        upsert("budget", budget, 1L, Map.of("colour", "red")),
        upsert("rule", rule, 1L, Map.of("priority", "high")),
        upsert("category", "food_and_drink.coffee", 0L, Map.of("icon", "cup")),
        upsert("rule", rule, 1L, Map.of("pattern", "LYFT")),
        upsert("budget", budget, 1L, Map.of("amount", "5", "version", 3))));
    assertEquals(List.of("rejected", "rejected", "rejected", "rejected", "rejected", "rejected", "rejected", "rejected"),
        results.getList("data.results.status"));
    assertEquals(List.of("changes[0].data.name"), results.getList("data.results[0].details.field"));
    assertEquals(List.of("changes[1].data.matchType"), results.getList("data.results[1].details.field"));
    assertEquals(List.of("changes[2].data.amount", "changes[2].data.period"), results.getList("data.results[2].details.field"));
    assertEquals(List.of("changes[3].data.colour"), results.getList("data.results[3].details.field"));
    assertEquals(List.of("changes[4].data.priority"), results.getList("data.results[4].details.field"));
    assertEquals(List.of("changes[5].data.icon"), results.getList("data.results[5].details.field"));
    assertEquals(List.of("changes[6].data.pattern"), results.getList("data.results[6].details.field"));
    assertTrue(results.getString("data.results[6].details[0].issue").contains(other));
    assertEquals(List.of("changes[7].data.version"), results.getList("data.results[7].details.field"));

    // nothing was written
    assertEquals(1, (int) authorized(token).get("/api/v1/rules/" + rule).path("data.version"));
    assertEquals(1, (int) authorized(token).get("/api/v1/budgets/" + budget).path("data.version"));
    assertEquals(1, (int) authorized(token).get("/api/v1/categories/" + category).path("data.version"));
  }

  @Test
  void rulesAndBudgetsCanBeCreatedUnderTheClientsIdCategoriesCannot() {
    String token = signedInUser().accessToken();
    String rule = UUID.randomUUID().toString();
    String budget = UUID.randomUUID().toString();
    String category = "food_and_drink.offline-abc123";
    List<Map<String, Object>> creates = List.of(
        upsert("rule", rule, null, Map.of("pattern", "uber", "matchType", "prefix", "categoryId", "transportation")),
        upsert("budget", budget, null, groceriesBudget()),
        upsert("category", category, null, Map.of("parentId", "food_and_drink", "name", "Offline")),
        upsert("rule", UUID.randomUUID().toString().toUpperCase(), null,
            Map.of("pattern", "bolt", "matchType", "prefix", "categoryId", "transportation")),
        upsert("category", "food_and_drink.coffee", null, Map.of("name", "Caffeine")));

    JsonPath results = push(token, creates);
    assertEquals(List.of("applied", "applied", "rejected", "rejected", "conflict"), results.getList("data.results.status"));
    assertEquals(java.util.Arrays.asList(1, 1, null, null, 0), results.getList("data.results.version"));
    assertEquals(List.of("changes[2].id"), results.getList("data.results[2].details.field"));
    assertTrue(results.getString("data.results[2].details[0].issue").contains("not supported"));
    assertEquals(List.of("changes[3].id"), results.getList("data.results[3].details.field"));
    assertEquals("Coffee", results.getString("data.results[4].current.name"));
    authorized(token).get("/api/v1/rules/" + rule).then().statusCode(200).body("data.pattern", equalTo("uber"));
    authorized(token).get("/api/v1/budgets/" + budget).then().statusCode(200).body("data.amount", equalTo("400.00"));
    authorized(token).get("/api/v1/categories/" + category).then().statusCode(404);

    // the lost response is harmless: the same push again answers the same and creates nothing more
    JsonPath replay = push(token, creates.subList(0, 2));
    assertEquals(List.of("applied", "applied"), replay.getList("data.results.status"));
    assertEquals(List.of(1, 1), replay.getList("data.results.version"));
    authorized(token).get("/api/v1/rules").then().body("data.id", equalTo(List.of(rule)));
    authorized(token).get("/api/v1/budgets").then().body("data.id", equalTo(List.of(budget)));

    // another user cannot take the ids (and learns nothing of the records)
    String other = signedInUser().accessToken();
    JsonPath taken = push(other, creates.subList(0, 2));
    assertEquals(List.of("conflict", "conflict"), taken.getList("data.results.status"));
    assertEquals(java.util.Arrays.asList(null, null), taken.getList("data.results.current"));

    // a deleted id is never brought back by a replayed create
    push(token, List.of(delete("rule", rule, 1)));
    JsonPath resurrect = push(token, creates.subList(0, 1));
    assertEquals(List.of("conflict"), resurrect.getList("data.results.status"));
    assertFalse(resurrect.getList("data.results.current").stream().anyMatch(java.util.Objects::nonNull));
    authorized(token).get("/api/v1/rules/" + rule).then().statusCode(404);
    authorized(token).queryParam("limit", 500).get(FEED).then().statusCode(200)
        .body("data.changes.find { it.id == '" + rule + "' }.op", equalTo("delete"))
        .body("data.changes.find { it.id == '" + rule + "' }.data", nullValue());
  }
}

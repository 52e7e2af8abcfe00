package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.authorized;
import static com.duskspendr.web.blackbox.ApiClient.signedInUser;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.web.it.WithIntegrationEnvironment;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Conflicts only where edits collide (issue 12): an edit based on an older version is applied when no user
 * changed any of its fields since; the categorizer's writes never collide with a user's edit; two edits of
 * one field still conflict, answered with the server's record. The categorizer is made to write by a
 * merchant rule (deterministic, no model involved) or by a well-known brand.
 */
@ExtendWith(WithIntegrationEnvironment.class)
class FieldMergeApiIT {

  private static final String TRANSACTIONS = "/api/v1/transactions";
  private static final String PUSH = "/api/v1/sync/push";
  /** Generous: the categorizer runs behind the outbox and the broker on a loaded machine. */
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String YESTERDAY = LocalDate.now().minusDays(1).toString();

  private static Map<String, Object> map(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  /** A user whose rule makes the categorizer file "corner bakery" transactions (status rule, version 2). */
  private static ApiClient.Session userWithBakeryRule() {
    ApiClient.Session user = signedInUser();
    authorized(user.accessToken()).body(map("pattern", "corner bakery", "matchType", "contains",
        "categoryId", "food_and_drink.restaurant")).post("/api/v1/rules").then().statusCode(201);
    return user;
  }

  /** Creates an uncategorized transaction and waits until the categorizer has written it (version 2). */
  private static String createFiledByTheCategorizer(ApiClient.Session user, String merchant)
      throws InterruptedException {
    String id = authorized(user.accessToken()).body(map("amount", "-8.20", "date", YESTERDAY, "merchantName", merchant))
        .post(TRANSACTIONS).then().statusCode(201)
        .header("ETag", equalTo("\"1\""))
        .body("data.categorization.status", equalTo("pending"))
        .extract().path("data.id");
    JsonPath filed = CategorizationApiIT.awaitTransaction(
        user.accessToken(), id, t -> t.getLong("data.version") >= 2, PATIENCE);
    assertEquals(2, filed.getInt("data.version"), filed.prettify());
    return id;
  }

  private static ValidatableResponse push(ApiClient.Session user, Map<String, Object>... changes) {
    return authorized(user.accessToken()).body(map("changes", List.of(changes))).post(PUSH).then().statusCode(200);
  }

  private static Map<String, Object> upsert(String id, long baseVersion, Map<String, Object> data) {
    return map("entity", "transaction", "op", "upsert", "id", id, "baseVersion", baseVersion, "data", data);
  }

  private static JsonPath get(ApiClient.Session user, String id) {
    return authorized(user.accessToken()).get(TRANSACTIONS + "/" + id).then().statusCode(200).extract().jsonPath();
  }

  @Test
  void createThenPatchWithTheCreatesVersionIsAppliedWhateverTheCategorizerDid() throws InterruptedException {
    ApiClient.Session user = userWithBakeryRule();
    String id = createFiledByTheCategorizer(user, "POS CORNER BAKERY 17");

    authorized(user.accessToken()).header("If-Match", "\"1\"").body(map("notes", "birthday cake"))
        .patch(TRANSACTIONS + "/" + id).then().statusCode(200)
        .header("ETag", equalTo("\"3\""))
        .body("data.version", equalTo(3))
        .body("data.notes", equalTo("birthday cake"))
        // The categorizer's filing stands: the patch did not touch the category.
        .body("data.categoryId", equalTo("food_and_drink.restaurant"))
        .body("data.categorization.status", equalTo("rule"));

    // The ETag keeps naming the version: a GET answers the merged one.
    authorized(user.accessToken()).get(TRANSACTIONS + "/" + id).then().statusCode(200).header("ETag", equalTo("\"3\""));
  }

  @Test
  void aPushedOfflineEditOfTheNotesIsAppliedOverTheCategorizersFiling() throws InterruptedException {
    ApiClient.Session user = userWithBakeryRule();
    String id = createFiledByTheCategorizer(user, "Corner Bakery");

    push(user, upsert(id, 1, map("notes", "written offline", "tags", List.of("cake"))))
        .body("data.results[0].status", equalTo("applied"))
        .body("data.results[0].version", equalTo(3));

    JsonPath now = get(user, id);
    assertEquals("written offline", now.getString("data.notes"));
    assertEquals(List.of("cake"), now.getList("data.tags"));
    assertEquals("food_and_drink.restaurant", now.getString("data.categoryId"));

    // The changes feed shows the merged record at its new version.
    JsonPath feed = authorized(user.accessToken()).get("/api/v1/sync/changes").then().statusCode(200).extract().jsonPath();
    List<Map<String, Object>> transactions = feed.getList("data.changes.findAll { it.entity == 'transaction' }");
    assertEquals(1, transactions.size());
    assertEquals(3, transactions.get(0).get("version"));
    assertEquals(now.getMap("data"), transactions.get(0).get("data"));
  }

  @Test
  void aUsersCategoryBasedOnAnOlderVersionBeatsTheCategorizers() throws InterruptedException {
    ApiClient.Session user = userWithBakeryRule();
    String patched = createFiledByTheCategorizer(user, "CORNER BAKERY DOWNTOWN");
    String pushed = createFiledByTheCategorizer(user, "Corner Bakery Airport");

    authorized(user.accessToken()).header("If-Match", "\"1\"").body(map("categoryId", "food_and_drink.coffee"))
        .patch(TRANSACTIONS + "/" + patched).then().statusCode(200)
        .body("data.categoryId", equalTo("food_and_drink.coffee"))
        .body("data.categorization.status", equalTo("manual"));
    push(user, upsert(pushed, 1, map("categoryId", "food_and_drink.coffee")))
        .body("data.results[0].status", equalTo("applied"));
    JsonPath now = get(user, pushed);
    assertEquals("food_and_drink.coffee", now.getString("data.categoryId"));
    assertEquals("manual", now.getString("data.categorization.status"));
  }

  @Test
  void twoDevicesEditingTheSameFieldStillConflictWithTheServersRecord() throws InterruptedException {
    ApiClient.Session user = userWithBakeryRule();
    String id = createFiledByTheCategorizer(user, "Corner Bakery");

    push(user, upsert(id, 1, map("notes", "from the phone")))
        .body("data.results[0].status", equalTo("applied"))
        .body("data.results[0].version", equalTo(3));
    Map<String, Object> server = get(user, id).getMap("data");

    // The tablet based its edit on version 1 too, and changed the same field.
    push(user, upsert(id, 1, map("notes", "from the tablet")))
        .body("data.results[0].status", equalTo("conflict"))
        .body("data.results[0].current", equalTo(server));
    authorized(user.accessToken()).header("If-Match", "\"2\"").body(map("notes", "from the web", "amount", "-9"))
        .patch(TRANSACTIONS + "/" + id).then().statusCode(409)
        .body("error.code", equalTo("CONFLICT"))
        .body("error.current", equalTo(server));
    assertEquals(server, get(user, id).getMap("data"), "nothing was overwritten");

    // Different fields of the same old version merge: the tablet's tags join the phone's notes.
    push(user, upsert(id, 1, map("tags", List.of("treat"))))
        .body("data.results[0].status", equalTo("applied"))
        .body("data.results[0].version", equalTo(4));
    JsonPath merged = get(user, id);
    assertEquals("from the phone", merged.getString("data.notes"));
    assertEquals(List.of("treat"), merged.getList("data.tags"));

    // Sending a field with the value it already has collides with nothing (a replay).
    push(user, upsert(id, 1, map("notes", "from the phone")))
        .body("data.results[0].status", equalTo("applied"))
        .body("data.results[0].version", equalTo(4));
  }

  @Test
  void aDeleteOnAnOlderVersionIsAppliedOverTheCategorizerButNotOverAUsersEdit() throws InterruptedException {
    ApiClient.Session user = userWithBakeryRule();
    String filed = createFiledByTheCategorizer(user, "Corner Bakery");
    String edited = createFiledByTheCategorizer(user, "Corner Bakery North");
    authorized(user.accessToken()).body(map("notes", "keep me")).patch(TRANSACTIONS + "/" + edited).then().statusCode(200);

    authorized(user.accessToken()).header("If-Match", "\"1\"").delete(TRANSACTIONS + "/" + filed).then().statusCode(204);
    push(user, map("entity", "transaction", "op", "delete", "id", edited, "baseVersion", 2))
        .body("data.results[0].status", equalTo("conflict"))
        .body("data.results[0].current.notes", equalTo("keep me"));
    get(user, edited);

    // A pushed delete merged over the categorizer's write answers the tombstone's real version.
    String another = createFiledByTheCategorizer(user, "Corner Bakery East");
    push(user, map("entity", "transaction", "op", "delete", "id", another, "baseVersion", 1))
        .body("data.results[0].status", equalTo("applied"))
        .body("data.results[0].version", equalTo(3));
    authorized(user.accessToken()).get(TRANSACTIONS + "/" + another).then().statusCode(404);
  }

  @Test
  void aVersionTheServerNeverHadIsAConflict() throws InterruptedException {
    ApiClient.Session user = userWithBakeryRule();
    String id = createFiledByTheCategorizer(user, "Corner Bakery");
    authorized(user.accessToken()).header("If-Match", "\"7\"").body(map("notes", "from the future"))
        .patch(TRANSACTIONS + "/" + id).then().statusCode(409).body("error.current.notes", nullValue());
    assertTrue(get(user, id).getString("data.notes") == null);
  }
}

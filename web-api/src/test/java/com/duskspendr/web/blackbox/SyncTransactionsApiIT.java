package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.authorized;
import static com.duskspendr.web.blackbox.ApiClient.signedInUser;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.web.it.WithIntegrationEnvironment;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Offline sync of transactions, as the mobile app does it: pull the feed to the end and hold exactly the
 * server's transactions; push offline changes, with conflicts, rejections and replays.
 */
@ExtendWith(WithIntegrationEnvironment.class)
class SyncTransactionsApiIT {

  private static final String TRANSACTIONS = "/api/v1/transactions";
  private static final String CHANGES = "/api/v1/sync/changes";
  private static final String PUSH = "/api/v1/sync/push";
  /**
   * The category these tests' transactions are created with when they have a merchant: chosen by the user,
   * so the categorizer never files them (and never adds a version) while a test counts versions.
   */
  private static final String CHOSEN = "general_merchandise.convenience_stores";

  /** What a client holds after applying the feed: transactions by id, and where it stopped. */
  private record Replica(Map<String, Map<String, Object>> records, String cursor) {}

  private static Map<String, Object> map(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  private static String create(ApiClient.Session user, Map<String, Object> body) {
    return authorized(user.accessToken()).body(body).post(TRANSACTIONS).then().statusCode(201).extract().path("data.id");
  }

  private static Map<String, Object> get(ApiClient.Session user, String id) {
    return authorized(user.accessToken()).get(TRANSACTIONS + "/" + id).then().statusCode(200).extract().path("data");
  }

  private static JsonPath changes(ApiClient.Session user, String since, int limit) {
    var request = authorized(user.accessToken()).queryParam("limit", limit);
    if (since != null) {
      request.queryParam("since", since);
    }
    return request.get(CHANGES).then().statusCode(200).extract().jsonPath();
  }

  /** Pages from the cursor to the end, applying every change to the replica as a client would. */
  private static Replica pull(ApiClient.Session user, Replica from, int limit) {
    Map<String, Map<String, Object>> records = new HashMap<>(from.records());
    String cursor = from.cursor();
    boolean more = true;
    while (more) {
      JsonPath page = changes(user, cursor, limit);
      List<Map<String, Object>> items = page.getList("data.changes");
      for (Map<String, Object> item : items) {
        assertEquals("transaction", item.get("entity"));
        if ("delete".equals(item.get("op"))) {
          assertNull(item.get("data"));
          records.remove((String) item.get("id"));
        } else {
          records.put((String) item.get("id"), (Map<String, Object>) item.get("data"));
        }
      }
      cursor = page.getString("data.nextCursor");
      more = page.getBoolean("data.hasMore");
    }
    return new Replica(records, cursor);
  }

  private static Replica pullAll(ApiClient.Session user, int limit) {
    return pull(user, new Replica(Map.of(), null), limit);
  }

  /** The server's transactions, through the listing, every page. */
  private static Map<String, Map<String, Object>> serverState(ApiClient.Session user) {
    Map<String, Map<String, Object>> all = new HashMap<>();
    String cursor = null;
    do {
      var request = authorized(user.accessToken()).queryParam("limit", 200);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page = request.get(TRANSACTIONS).then().statusCode(200).extract().jsonPath();
      List<Map<String, Object>> items = page.getList("data");
      items.forEach(t -> all.put((String) t.get("id"), t));
      cursor = page.getString("meta.nextCursor");
    } while (cursor != null);
    return all;
  }

  private static ValidatableResponse push(ApiClient.Session user, Map<String, Object>... changes) {
    return push(user, List.of(changes));
  }

  private static ValidatableResponse push(ApiClient.Session user, List<Map<String, Object>> changes) {
    return authorized(user.accessToken()).body(map("changes", changes)).post(PUSH).then().statusCode(200);
  }

  private static Map<String, Object> upsert(String id, Long baseVersion, Map<String, Object> data) {
    Map<String, Object> change = map("entity", "transaction", "op", "upsert", "id", id, "data", data);
    if (baseVersion != null) {
      change.put("baseVersion", baseVersion);
    }
    return change;
  }

  private static Map<String, Object> delete(String id, long baseVersion) {
    return map("entity", "transaction", "op", "delete", "id", id, "baseVersion", baseVersion);
  }

  @Test
  void theFeedFollowsACreateAnUpdateAndADelete() {
    ApiClient.Session user = signedInUser();
    String id = create(user, map("amount", "-12.5", "date", "2024-05-01", "merchantName", "Corner Café", "tags", List.of("lunch"),
        "categoryId", CHOSEN));

    JsonPath first = changes(user, null, 100);
    assertEquals(List.of("upsert"), first.getList("data.changes.op"));
    assertEquals(List.of(id), first.getList("data.changes.id"));
    assertEquals(1, first.getInt("data.changes[0].version"));
    assertEquals(get(user, id), first.getMap("data.changes[0].data"));

    authorized(user.accessToken()).header("If-Match", "\"1\"").body(map("merchantName", "Corner Cafe"))
        .patch(TRANSACTIONS + "/" + id).then().statusCode(200);
    JsonPath second = changes(user, first.getString("data.nextCursor"), 100);
    assertEquals(List.of("upsert"), second.getList("data.changes.op"));
    assertEquals(2, second.getInt("data.changes[0].version"));
    assertEquals("Corner Cafe", second.getString("data.changes[0].data.merchantName"));
    assertEquals(get(user, id), second.getMap("data.changes[0].data"));

    authorized(user.accessToken()).header("If-Match", "\"2\"").delete(TRANSACTIONS + "/" + id).then().statusCode(204);
    JsonPath third = changes(user, second.getString("data.nextCursor"), 100);
    assertEquals(List.of("delete"), third.getList("data.changes.op"));
    assertEquals(List.of(id), third.getList("data.changes.id"));
    assertEquals(3, third.getInt("data.changes[0].version"));
    assertNull(third.get("data.changes[0].data"));

    // From the beginning, only the latest change of the record: its tombstone.
    assertEquals(List.of("delete"), changes(user, null, 100).getList("data.changes.op"));
  }

  @Test
  void aClientThatPagesToTheEndHoldsExactlyTheServersTransactions() {
    ApiClient.Session user = signedInUser();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      ids.add(create(user, map("amount", -(i + 1), "date", "2024-06-0" + (i + 1), "merchantName", "Shop " + i, "categoryId", CHOSEN)));
    }
    authorized(user.accessToken()).body(map("notes", "split", "version", 1)).patch(TRANSACTIONS + "/" + ids.get(2)).then().statusCode(200);
    authorized(user.accessToken()).body(map("categoryId", "food_and_drink")).patch(TRANSACTIONS + "/" + ids.get(4)).then();
    authorized(user.accessToken()).delete(TRANSACTIONS + "/" + ids.get(7)).then().statusCode(204);

    Replica replica = pullAll(user, 2);

    assertEquals(serverState(user), replica.records());
    assertEquals(8, replica.records().size());
    // Up to date: nothing more since the cursor.
    assertTrue(changes(user, replica.cursor(), 100).getList("data.changes").isEmpty());
  }

  @Test
  void anotherUsersChangesNeverAppearAndCannotBePushed() {
    ApiClient.Session alice = signedInUser();
    ApiClient.Session bob = signedInUser();
    String id = create(alice, map("amount", "-5", "date", "2024-05-02", "merchantName", "Alice's shop", "categoryId", CHOSEN));

    authorized(bob.accessToken()).get(CHANGES).then().statusCode(200).body("data.changes", empty());
    // Bob's edit and delete of Alice's record find nothing of his; his create with her id (ids are per user)
    // makes a record of his own, exactly as with a fresh id.
    push(bob,
            upsert(id, 1L, map("merchantName", "Bob was here")),
            delete(id, 1),
            upsert(id, null, map("amount", "-6", "date", "2024-05-03", "merchantName", "Bob's own")))
        .body("data.results.status", equalTo(List.of("conflict", "applied", "applied")))
        .body("data.results.current", everyItem(nullValue()))
        .body("data.results[1].version", nullValue())
        .body("data.results[2].version", equalTo(1));

    Map<String, Object> untouched = get(alice, id);
    assertEquals("Alice's shop", untouched.get("merchantName"));
    assertEquals(1, untouched.get("version"));
    assertEquals("Bob's own", get(bob, id).get("merchantName"));
    assertEquals(List.of(id), changes(alice, null, 100).getList("data.changes.id"));
    assertEquals(List.of(id), changes(bob, null, 100).getList("data.changes.id"));
    assertEquals("Bob's own", changes(bob, null, 100).getString("data.changes[0].data.merchantName"));
    assertEquals("Alice's shop", changes(alice, null, 100).getString("data.changes[0].data.merchantName"));
  }

  @Test
  void pushedCreatesUpdatesAndDeletesAreApplied() {
    ApiClient.Session user = signedInUser();
    String manual = UUID.randomUUID().toString();
    String fromSms = UUID.randomUUID().toString();

    push(user,
            upsert(manual, null, map("amount", "-9.99", "date", "2024-07-01", "merchantName", "Kiosk", "tags", List.of("cash"),
                "categoryId", CHOSEN)),
            upsert(fromSms, null, map("amount", 20, "currency", "EUR", "date", "2024-07-02", "source", "sms")))
        .body("data.results.status", equalTo(List.of("applied", "applied")))
        .body("data.results.version", equalTo(List.of(1, 1)))
        .body("data.results.id", equalTo(List.of(manual, fromSms)));
    Map<String, Object> created = get(user, manual);
    assertEquals("-9.99", created.get("amount"));
    assertEquals("USD", created.get("currency"));
    assertEquals("manual", created.get("source"));
    assertEquals(List.of("cash"), created.get("tags"));
    assertEquals("sms", get(user, fromSms).get("source"));
    assertEquals("20.00", get(user, fromSms).get("amount"));

    push(user, upsert(manual, 1L, map("merchantName", "Newsagent", "categoryId", "general_merchandise")))
        .body("data.results[0].status", equalTo("applied"))
        .body("data.results[0].version", equalTo(2));
    Map<String, Object> updated = get(user, manual);
    assertEquals("Newsagent", updated.get("merchantName"));
    assertEquals("manual", ((Map<?, ?>) updated.get("categorization")).get("status"));

    push(user, delete(manual, 2)).body("data.results[0].status", equalTo("applied")).body("data.results[0].version", equalTo(3));
    authorized(user.accessToken()).get(TRANSACTIONS + "/" + manual).then().statusCode(404);

    Replica replica = pullAll(user, 100);
    assertEquals(serverState(user), replica.records());
    assertEquals(List.of(fromSms), List.copyOf(replica.records().keySet()));
  }

  @Test
  void aStaleBaseVersionIsAConflictWithTheServersRecordAndNothingIsOverwritten() {
    ApiClient.Session user = signedInUser();
    String id = create(user, map("amount", "-30", "date", "2024-05-03", "merchantName", "Garage", "categoryId", CHOSEN));
    authorized(user.accessToken()).body(map("notes", "changed on the web", "version", 1)).patch(TRANSACTIONS + "/" + id)
        .then().statusCode(200);
    Map<String, Object> server = get(user, id);

    push(user, upsert(id, 1L, map("notes", "changed on the phone")), delete(id, 1))
        .body("data.results.status", equalTo(List.of("conflict", "conflict")))
        .body("data.results.version", equalTo(List.of(2, 2)))
        .body("data.results[0].current", equalTo(server))
        .body("data.results[1].current", equalTo(server));
    assertEquals(server, get(user, id));

    // The client merges and pushes again on the server's version.
    push(user, upsert(id, 2L, map("notes", "merged")))
        .body("data.results[0].status", equalTo("applied"))
        .body("data.results[0].version", equalTo(3));
  }

  @Test
  void invalidChangesAreRejectedWithTheirFieldsAndOthersStillApply() {
    ApiClient.Session user = signedInUser();
    String good = UUID.randomUUID().toString();
    String existing = create(user, map("amount", "-1", "date", "2024-05-04"));

    push(user,
            upsert(UUID.randomUUID().toString(), null, map("amount", "-1", "date", "2024-05-04", "colour", "red")),
            upsert(UUID.randomUUID().toString(), null, map("amount", "0", "date", "1969-12-31")),
            upsert(good, null, map("amount", "-2.25", "date", "2024-05-04")),
            upsert(existing, 1L, map("amount", "-1.001")),
            upsert(existing, 1L, map("source", "sms")),
            upsert(UUID.randomUUID().toString(), null, map("id", UUID.randomUUID().toString(), "amount", "-1", "date", "2024-05-04")))
        .body("data.results.status", equalTo(List.of("rejected", "rejected", "applied", "rejected", "rejected", "rejected")))
        .body("data.results[0].details.field", equalTo(List.of("changes[0].data.colour")))
        .body("data.results[1].details.field", equalTo(List.of("changes[1].data.amount", "changes[1].data.date")))
        .body("data.results[3].details.field", equalTo(List.of("changes[3].data.amount")))
        .body("data.results[4].details.field", equalTo(List.of("changes[4].data.source")))
        .body("data.results[5].details.field", equalTo(List.of("changes[5].data.id")));

    assertEquals(Map.of(good, 1, existing, 1), versions(serverState(user)));
  }

  @Test
  void replayingTheSamePushIsHarmless() {
    ApiClient.Session user = signedInUser();
    String a = UUID.randomUUID().toString();
    String b = UUID.randomUUID().toString();
    String gone = create(user, map("amount", "-4", "date", "2024-05-05"));
    List<Map<String, Object>> changes = List.of(
        upsert(a, null, map("amount", "-12.50", "date", "2024-05-05", "merchantName", " Old name ", "categoryId", CHOSEN)),
        upsert(a, 1L, map("merchantName", "New name")),
        upsert(b, null, map("amount", "7", "date", "2024-05-06", "tags", List.of("x", "x"))),
        delete(gone, 1));

    push(user, changes)
        .body("data.results.status", equalTo(List.of("applied", "applied", "applied", "applied")))
        .body("data.results.version", equalTo(List.of(1, 2, 1, 2)));
    Replica after = pullAll(user, 100);
    Map<String, Map<String, Object>> state = serverState(user);

    push(user, changes)
        .body("data.results.status", equalTo(List.of("conflict", "applied", "applied", "applied")))
        .body("data.results.version", equalTo(Arrays.asList(2, 2, 1, null)))
        .body("data.results[0].current.merchantName", equalTo("New name"));

    assertEquals(state, serverState(user));
    assertTrue(changes(user, after.cursor(), 100).getList("data.changes").isEmpty(), "a replay writes nothing");

    // A create of a record deleted since is not a resurrection, whatever case the client writes the id in.
    push(user, upsert(gone, null, map("amount", "-4", "date", "2024-05-05")),
            upsert(gone.toUpperCase(), null, map("amount", "-4", "date", "2024-05-05")))
        .body("data.results.status", equalTo(List.of("conflict", "conflict")))
        .body("data.results.current", everyItem(nullValue()));
    authorized(user.accessToken()).get(TRANSACTIONS + "/" + gone).then().statusCode(404);
  }

  @Test
  void aFullPushOf500ChangesFits() {
    ApiClient.Session user = signedInUser();
    String notes = "n".repeat(2000);
    List<Map<String, Object>> changes = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      changes.add(upsert(UUID.randomUUID().toString(), null,
          map("amount", "-1.00", "date", "2024-01-01", "merchantName", "Shop " + i, "notes", notes)));
    }

    push(user, changes).body("data.results.size()", equalTo(500)).body("data.results.status", everyItem(equalTo("applied")));
    assertEquals(500, pullAll(user, 500).records().size());
  }

  @Test
  void pagingTheFeedWhileAnotherDeviceWritesMissesNothing() throws Exception {
    ApiClient.Session user = signedInUser();
    for (int i = 0; i < 5; i++) {
      create(user, map("amount", -1 - i, "date", "2024-08-01"));
    }
    AtomicBoolean writing = new AtomicBoolean(true);
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
      try {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
          ids.add(create(user, map("amount", -10 - i, "date", "2024-08-02", "merchantName", "Concurrent " + i)));
          if (i % 6 == 5) {
            String changed = ids.get(i);
            authorized(user.accessToken()).body(map("notes", "edited")).patch(TRANSACTIONS + "/" + changed).then().statusCode(200);
          }
          if (i % 10 == 9) {
            authorized(user.accessToken()).delete(TRANSACTIONS + "/" + ids.get(i - 1)).then().statusCode(204);
          }
        }
      } finally {
        writing.set(false);
      }
    });

    Replica replica = new Replica(Map.of(), null);
    int pulls = 0;
    while (writing.get()) {
      replica = pull(user, replica, 3);
      pulls++;
    }
    writer.get(2, TimeUnit.MINUTES);
    replica = pull(user, replica, 3);

    assertTrue(pulls > 1, "the feed was read while the writer wrote");
    Map<String, Map<String, Object>> server = serverState(user);
    assertEquals(5 + 60 - 6, server.size());
    assertEquals(server, replica.records());
  }

  private static Map<String, Object> versions(Map<String, Map<String, Object>> state) {
    Map<String, Object> versions = new HashMap<>();
    state.forEach((id, t) -> versions.put(id, t.get("version")));
    return versions;
  }
}

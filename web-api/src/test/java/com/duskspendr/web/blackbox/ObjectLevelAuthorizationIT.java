package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.authorized;
import static com.duskspendr.web.blackbox.ApiClient.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.web.it.WithIntegrationEnvironment;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Broken object-level authorization (OWASP API1:2023), for every operation on a record the running system
 * documents in {@code /openapi}: another user's request on the owner's record gets exactly the answer a
 * record that does not exist gets (status and error code: nothing tells the two apart), is never a success, and
 * changes nothing the owner sees. The list comes from the document, so an endpoint added later is covered
 * without a list to keep; one whose records this test cannot make yet fails it until a fixture is added below.
 */
@ExtendWith(WithIntegrationEnvironment.class)
class ObjectLevelAuthorizationIT {

  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

  /** Path parameters that name no record of a user's (a provider's name, a static file). */
  private static final Set<String> NOT_RECORDS = Set.of("provider", "file");

  /** Records another class already proves private this way, because making them takes a flow of their own. */
  private static final Map<String, String> PROVEN_ELSEWHERE = Map.of(
      "/api/v1/notifications/{id}", "NotificationsApiIT: another user's read and delete answer 404",
      "/api/v1/notifications/{id}/read", "NotificationsApiIT: another user's read and delete answer 404",
      "/api/v1/oauth/grants/{id}", "OAuthApiIT: a grant is revoked only by its user",
      "/api/v1/ai/model/retrain/{executionId}", "admins only (AdminApiIT: every admin operation refuses a user)");

  @Test
  void anotherUsersRequestOnARecordAnswersAsForNoRecordAndChangesNothing() throws Exception {
    ApiClient.Session owner = SharedExpensesApiIT.verifiedUser();
    ApiClient.Session stranger = SharedExpensesApiIT.verifiedUser();
    Fixtures fixtures = new Fixtures(owner);
    Map<String, Map<String, Object>> paths =
        request().accept("application/json").get("/openapi").then().statusCode(200).extract().jsonPath().getMap("paths");

    List<String> withoutFixture = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (var entry : paths.entrySet()) {
      String path = entry.getKey();
      List<String> records = recordParameters(path);
      if (records.isEmpty() || path.startsWith("/api/v1/admin") || PROVEN_ELSEWHERE.containsKey(path)) {
        continue;
      }
      Map<String, String> ids = fixtures.idsFor(path);
      if (ids == null) {
        withoutFixture.add(path);
        continue;
      }
      String ownersView = fixtures.ownersView(path, ids);
      for (String method : entry.getValue().keySet()) {
        if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
          continue;
        }
        String verb = method.toUpperCase(Locale.ROOT);
        Response onRecord = send(stranger, verb, fill(path, ids));
        Response onNothing = send(stranger, verb, fill(path, randomIds(ids)));
        checked++;
        if (!answer(onRecord).equals(answer(onNothing))) {
          failures.add(verb + " " + path + " tells another user's record (" + answer(onRecord) + ") from none ("
              + answer(onNothing) + ")");
        }
      }
      String after = fixtures.ownersView(path, ids);
      if (!ownersView.equals(after)) {
        failures.add(path + ": the owner's record changed under another user's requests:\n" + ownersView + "\n" + after);
      }
    }
    assertEquals(List.of(), withoutFixture, "operations on records with no fixture here: add one to Fixtures");
    assertEquals(List.of(), failures);
    // 48 when this was written: a floor that fails should the walk over the document silently find little
    assertTrue(checked >= 45, "the documented operations on records: " + checked);
  }

  private static List<String> recordParameters(String path) {
    List<String> names = new ArrayList<>();
    Matcher matcher = PARAMETER.matcher(path);
    while (matcher.find()) {
      if (!NOT_RECORDS.contains(matcher.group(1))) {
        names.add(matcher.group(1));
      }
    }
    return names;
  }

  private static String fill(String path, Map<String, String> ids) {
    String filled = path;
    for (var id : ids.entrySet()) {
      filled = filled.replace("{" + id.getKey() + "}", id.getValue());
    }
    return filled;
  }

  private static Map<String, String> randomIds(Map<String, String> ids) {
    Map<String, String> random = new LinkedHashMap<>();
    ids.keySet().forEach(name -> random.put(name, UUID.randomUUID().toString()));
    return random;
  }

  /** The request a curious client would try: for writes, an empty object (it may also be refused as invalid). */
  private static Response send(ApiClient.Session caller, String verb, String path) {
    var spec = authorized(caller.accessToken());
    if (List.of("POST", "PUT", "PATCH").contains(verb)) {
      spec = spec.body(Map.of());
    }
    return spec.request(verb, path);
  }

  /** What an answer tells: its status, its error code, and for a success what it says. */
  private static String answer(Response response) {
    try {
      return response.statusCode() + " " + (response.statusCode() < 300
          ? String.valueOf((Object) response.path("data"))
          : String.valueOf((Object) response.path("error.code")));
    } catch (RuntimeException notJson) {
      return response.statusCode() + " not JSON: " + response.contentType();
    }
  }

  /**
   * The owner's records, made through the API as the app makes them, one of each kind, on first use. For each
   * documented path: the ids to put in it, and what the owner sees of that record (compared before and after).
   */
  private static final class Fixtures {

    private final ApiClient.Session owner;
    private final Map<String, String> made = new LinkedHashMap<>();

    Fixtures(ApiClient.Session owner) {
      this.owner = owner;
    }

    /** The path's record ids, or null when this class cannot make such a record. */
    Map<String, String> idsFor(String path) {
      String base = path.replaceFirst("^/api/v1/", "");
      Function<String, Map<String, String>> single = id -> Map.of(recordParameters(path).get(0), id);
      if (base.startsWith("transactions/imports/")) {
        return single.apply(once("import", this::statementImport));
      }
      if (base.startsWith("transactions/")) {
        return single.apply(once("transaction", this::transaction));
      }
      if (base.startsWith("budgets/")) {
        return single.apply(once("budget", this::budget));
      }
      if (base.startsWith("categories/") || base.startsWith("analytics/categories/")) {
        return single.apply(once("category", this::category));
      }
      if (base.startsWith("rules/")) {
        return single.apply(once("rule", this::rule));
      }
      if (base.startsWith("exports/")) {
        return single.apply(once("export", () -> finished("/api/v1/exports/", created(owner, "/api/v1/exports", null, 202))));
      }
      if (base.startsWith("reports/")) {
        return single.apply(once("report", () -> finished("/api/v1/reports/",
            created(owner, "/api/v1/reports", Map.of("month", "2026-11"), 202))));
      }
      if (base.startsWith("notifications/devices/")) {
        return single.apply(once("device", () -> created(owner, "/api/v1/notifications/devices",
            Map.of("platform", "fcm", "token", "fcm-" + UUID.randomUUID() + ":APA91b_bola"), 201)));
      }
      if (base.startsWith("auth/sessions/")) {
        return single.apply(once("session", () -> authorized(owner.accessToken()).get("/api/v1/auth/sessions")
            .then().statusCode(200).extract().path("data[0].id")));
      }
      if (base.startsWith("auth/oidc/links/")) {
        return single.apply(once("link", this::providerLink));
      }
      if (base.startsWith("webhooks/")) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("id", once("webhook", this::webhook));
        if (base.contains("{deliveryId}")) {
          ids.put("deliveryId", once("delivery", () -> delivery(made.get("webhook"))));
        }
        return ids;
      }
      if (base.startsWith("groups/invitations/")) {
        return single.apply(once("invitation", this::invitation));
      }
      if (base.startsWith("groups/{groupId}/expenses/")) {
        return Map.of("groupId", once("group", this::group), "id", once("expense", this::expense));
      }
      if (base.startsWith("groups/")) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put(recordParameters(path).get(0), once("group", this::group));
        if (base.contains("{userId}")) {
          ids.put("userId", owner.userId());
        }
        return ids;
      }
      return null;
    }

    /** What the owner sees of the record behind the path (its kind's list or the record itself). */
    String ownersView(String path, Map<String, String> ids) {
      String base = path.replaceFirst("^/api/v1/", "");
      String view;
      if (base.startsWith("groups/invitations/")) {
        view = "/api/v1/groups/" + made.get("group") + "/invitations";
      } else if (base.startsWith("groups/{groupId}/expenses/")) {
        view = "/api/v1/groups/" + ids.get("groupId") + "/expenses/" + ids.get("id");
      } else if (base.startsWith("groups/")) {
        view = "/api/v1/groups/" + ids.values().iterator().next();
      } else if (base.startsWith("auth/sessions/")) {
        view = "/api/v1/auth/sessions";
      } else if (base.startsWith("auth/oidc/links/")) {
        view = "/api/v1/auth/oidc/links";
      } else if (base.startsWith("notifications/devices/")) {
        view = "/api/v1/notifications/devices";
      } else if (base.startsWith("webhooks/")) {
        view = "/api/v1/webhooks/" + ids.get("id");
      } else if (base.startsWith("analytics/categories/")) {
        view = "/api/v1/categories/" + ids.get("id");
      } else {
        // the record's own GET: the first segments up to and including its id
        String first = recordParameters(path).get(0);
        view = path.substring(0, path.indexOf("{" + first + "}")) + ids.get(first);
      }
      Response seen = authorized(owner.accessToken()).get(view);
      // meta carries the request's id and time: only what the record says counts; a session's last use moves
      // with the owner's own requests, so of sessions only which ones exist counts
      String field = base.startsWith("auth/sessions/") ? "data.id" : "data";
      Object data = seen.statusCode() == 200 ? seen.path(field) : "";
      if (data instanceof Map<?, ?> record) {
        // a download link is signed afresh, with a new expiry, on every read
        Map<Object, Object> still = new LinkedHashMap<>(record);
        still.keySet().removeAll(Set.of("downloadUrl", "linkExpiresAt"));
        data = still;
      }
      return seen.statusCode() + " " + data;
    }

    /** Waits until a job the owner started is no longer running, so that its view stays still. */
    private String finished(String path, String id) {
      for (int attempt = 0; attempt < 600; attempt++) {
        String status = authorized(owner.accessToken()).get(path + id).then().statusCode(200)
            .extract().path("data.status");
        if (!Set.of("pending", "queued", "running", "started", "starting").contains(status)) {
          return id;
        }
        sleep();
      }
      throw new AssertionError(path + id + " did not finish");
    }

    private String once(String kind, java.util.function.Supplier<String> make) {
      // Not computeIfAbsent: one kind's maker may need another kind first (an invitation, its group).
      String existing = made.get(kind);
      if (existing != null) {
        return existing;
      }
      String id = make.get();
      assertFalse(id == null || id.isBlank(), "made a " + kind);
      made.put(kind, id);
      return id;
    }

    private static String created(ApiClient.Session user, String path, Object body, int status) {
      var spec = authorized(user.accessToken());
      if (body != null) {
        spec = spec.body(body);
      }
      return spec.post(path).then().statusCode(status).extract().path("data.id");
    }

    private String transaction() {
      // Filed by the owner: the categorizer leaves it as it is, so its view stays still.
      return created(owner, "/api/v1/transactions", Map.of("amount", "-12.34", "currency", "USD",
          "date", "2026-11-02", "merchantName", "Object level cafe", "notes", "only mine",
          "tags", List.of("private"), "categoryId", "food_and_drink.coffee"), 201);
    }

    private String budget() {
      return created(owner, "/api/v1/budgets", Map.of("categoryId", "food_and_drink", "amount", "50.00",
          "currency", "USD", "period", "monthly"), 201);
    }

    private String category() {
      return created(owner, "/api/v1/categories", Map.of("parentId", "travel", "name", "Secret trips"), 201);
    }

    private String rule() {
      return created(owner, "/api/v1/rules", Map.of("pattern", "OBJECT LEVEL", "matchType", "prefix",
          "categoryId", "food_and_drink.coffee"), 201);
    }

    /** Only a background import (above duskspendr.import.sync-max-lines, 500) is a record of its own. */
    private String statementImport() {
      StringBuilder csv = new StringBuilder("Date,Merchant,Amount\n");
      for (int line = 1; line <= 501; line++) {
        csv.append("2026-10-").append(String.format("%02d", 1 + line % 28)).append(",OBJECT LEVEL BAKERY,-")
            .append(line).append(".25\n");
      }
      String id = authorized(owner.accessToken()).contentType("text/csv").body(csv.toString())
          .post("/api/v1/transactions/import").then().statusCode(202).extract().path("data.id");
      return finished("/api/v1/transactions/imports/", id);
    }

    private String webhook() {
      return created(owner, "/api/v1/webhooks",
          Map.of("url", WebhookReceiver.get().newUrl(), "events", List.of("anomaly")), 201);
    }

    private String delivery(String webhook) {
      authorized(owner.accessToken()).post("/api/v1/webhooks/" + webhook + "/ping").then().statusCode(202);
      for (int attempt = 0; attempt < 600; attempt++) {
        var log = authorized(owner.accessToken()).get("/api/v1/webhooks/" + webhook + "/deliveries")
            .then().statusCode(200).extract().jsonPath();
        // delivered, so that the webhook's view stays still
        if ("sent".equals(log.getString("data[0].status"))) {
          return log.getString("data[0].id");
        }
        sleep();
      }
      throw new AssertionError("the ping was not delivered");
    }

    private String group() {
      return SharedExpensesApiIT.createGroup(owner, "Object level flat", "EUR");
    }

    private String expense() {
      return created(owner, "/api/v1/groups/" + made.get("group") + "/expenses", Map.of("description", "Rent",
          "amount", "10.00", "split",
          Map.of("type", "exact", "parts", List.of(Map.of("userId", owner.userId(), "value", "10.00")))), 201);
    }

    /** An invitation the owner sent to a third person: neither the stranger's to accept nor to decline. */
    private String invitation() {
      return created(owner, "/api/v1/groups/" + once("group", this::group) + "/invitations",
          Map.of("email", ApiClient.newEmail()), 201);
    }

    private String providerLink() {
      return ExternalSignInApiIT.linkProvider(owner);
    }

    private static void sleep() {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}

package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.authorized;
import static com.duskspendr.web.blackbox.ApiClient.request;
import static com.duskspendr.web.blackbox.ApiClient.signedInUser;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import com.duskspendr.web.it.WithIntegrationEnvironment;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sync and import endpoints as the mobile app uses them. Which records flow through them depends on the
 * entity readers and writers the ledger and the catalog contribute; this covers the contract around them.
 */
@ExtendWith(WithIntegrationEnvironment.class)
class SyncApiIT {

  @Test
  void aNewUserHasAnEmptyFeedAndAStableCursor() {
    ApiClient.Session user = signedInUser();

    String cursor = authorized(user.accessToken())
        .get("/api/v1/sync/changes")
        .then()
        .statusCode(200)
        .body("data.changes", empty())
        .body("data.hasMore", is(false))
        .extract()
        .path("data.nextCursor");

    authorized(user.accessToken())
        .queryParam("since", cursor)
        .queryParam("limit", 500)
        .get("/api/v1/sync/changes")
        .then()
        .statusCode(200)
        .body("data.changes", empty())
        .body("data.nextCursor", equalTo(cursor));
  }

  @Test
  void malformedCursorsAndLimitsAreRejectedWithTheField() {
    ApiClient.Session user = signedInUser();

    for (String since : List.of("not-a-cursor!", "MDE", "LTE")) {
      authorized(user.accessToken())
          .queryParam("since", since)
          .get("/api/v1/sync/changes")
          .then()
          .statusCode(400)
          .body("error.code", equalTo("VALIDATION_ERROR"))
          .body("error.details.field", hasItem("since"));
    }
    for (int limit : List.of(0, 501)) {
      authorized(user.accessToken())
          .queryParam("limit", limit)
          .get("/api/v1/sync/changes")
          .then()
          .statusCode(400)
          .body("error.details.field", hasItem("limit"));
    }
  }

  @Test
  void syncNeedsAToken() {
    request().get("/api/v1/sync/changes").then().statusCode(401);
    request().body(Map.of("changes", List.of())).post("/api/v1/sync/push").then().statusCode(401);
  }

  @Test
  void eachInvalidChangeIsRejectedOnItsOwn() {
    ApiClient.Session user = signedInUser();

    authorized(user.accessToken())
        .body(Map.of("changes", List.of(
            Map.of("entity", "planet", "op", "upsert", "id", "p1", "data", Map.of("name", "Mars")),
            Map.of("entity", "planet", "op", "explode", "id", "p2"))))
        .post("/api/v1/sync/push")
        .then()
        .statusCode(200)
        .body("data.results.status", equalTo(List.of("rejected", "rejected")))
        .body("data.results.index", equalTo(List.of(0, 1)))
        .body("data.results[0].details.field", equalTo(List.of("changes[0].entity")))
        .body("data.results[1].details.field", equalTo(List.of("changes[1].entity", "changes[1].op")));
  }

  @Test
  void aPushHoldsAtMost500Changes() {
    ApiClient.Session user = signedInUser();
    List<Map<String, Object>> changes =
        new ArrayList<>(Collections.nCopies(501, Map.of("entity", "rule", "op", "delete", "id", "r", "baseVersion", 1)));

    authorized(user.accessToken())
        .body(Map.of("changes", changes))
        .post("/api/v1/sync/push")
        .then()
        .statusCode(400)
        .body("error.details.field", hasItem("changes"));
    authorized(user.accessToken()).body(Map.of()).post("/api/v1/sync/push").then().statusCode(400);
  }

  @Test
  void importReportsEveryBadLineWithItsNumber() {
    ApiClient.Session user = signedInUser();
    String csv = "Date,Description,Amount\n2024-02-30,Coffee,-3.50\n2024-03-01,Tea,abc\n\"2024-03-02\"x,Cake,-1\n";

    authorized(user.accessToken())
        .contentType("text/csv")
        .body(csv)
        .post("/api/v1/transactions/import")
        .then()
        .statusCode(200)
        .body("data.imported", equalTo(0))
        .body("data.duplicates", equalTo(0))
        .body("data.failed.line", equalTo(List.of(2, 3, 4)))
        .body("data.failed[1].issue", equalTo("amount 'abc' is not a number with decimal separator '.'"));
  }

  @Test
  void importRejectsUnreadableFilesAndOptionsByName() {
    ApiClient.Session user = signedInUser();

    authorized(user.accessToken())
        .contentType("text/csv")
        .queryParam("dateFormat", "MM/yyyy")
        .body("date,amount\n03/2024,1\n")
        .post("/api/v1/transactions/import")
        .then()
        .statusCode(400)
        .body("error.details.field", hasItem("dateFormat"));
    authorized(user.accessToken())
        .contentType("text/csv")
        .body("when,how much\n2024-01-01,1\n")
        .post("/api/v1/transactions/import")
        .then()
        .statusCode(400)
        .body("error.details.field", hasItem("dateColumn"));
    authorized(user.accessToken())
        .contentType("application/x-ofx")
        .body("<html>not a statement</html>".getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/transactions/import")
        .then()
        .statusCode(400)
        .body("error.details.field", hasItem("file"));
    authorized(user.accessToken())
        .contentType("text/csv")
        .queryParam("decimalSeparator", "x")
        .body("date,amount\n")
        .post("/api/v1/transactions/import")
        .then()
        .statusCode(400)
        .body("error.details.field", hasItem("decimalSeparator"));
    authorized(user.accessToken())
        .body(Map.of("date", "2024-01-01"))
        .post("/api/v1/transactions/import")
        .then()
        .statusCode(415);
    request().contentType("text/csv").body("date,amount\n").post("/api/v1/transactions/import").then().statusCode(401);
  }
}

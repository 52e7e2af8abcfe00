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
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.duskspendr.web.it.WithIntegrationEnvironment;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(WithIntegrationEnvironment.class)
class CategoriesApiIT {

  private static final List<String> PRIMARIES = List.of(
      "bank_fees", "entertainment", "food_and_drink", "general_merchandise", "general_services",
      "government_and_non_profit", "home_improvement", "income", "loan_payments", "medical", "personal_care",
      "rent_and_utilities", "transfer_in", "transfer_out", "transportation", "travel");

  private static Response createCategory(String token, String parentId, String name) {
    return authorized(token).body(Map.of("parentId", parentId, "name", name)).post("/api/v1/categories");
  }

  @Test
  void theTreeHasTheSixteenPrimariesWithTheirSubcategories() {
    ApiClient.Session user = signedInUser();
    authorized(user.accessToken())
        .get("/api/v1/categories")
        .then()
        .statusCode(200)
        .body("data", hasSize(16))
        .body("data.id", equalTo(PRIMARIES))
        .body("data.find { it.id == 'food_and_drink' }.parentId", nullValue())
        .body("data.find { it.id == 'food_and_drink' }.system", is(true))
        .body("data.find { it.id == 'food_and_drink' }.children.id",
            hasItems("food_and_drink.groceries", "food_and_drink.restaurant", "food_and_drink.coffee"))
        .body("data.find { it.id == 'transportation' }.children.id",
            hasItems("transportation.gas", "transportation.taxis_and_ride_shares"))
        .body("data.find { it.id == 'travel' }.children.find { it.id == 'travel.flights' }.name", equalTo("Flights"))
        .body("data.find { it.id == 'travel' }.children.find { it.id == 'travel.flights' }.hidden", is(false));
  }

  @Test
  void anOwnSubcategoryCanBeCreatedRenamedHiddenAndDeleted() {
    ApiClient.Session user = signedInUser();
    String token = user.accessToken();
    Response created = createCategory(token, "food_and_drink", "Bubble tea");
    created.then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/categories/food_and_drink.bubble_tea-"))
        .body("data.id", matchesPattern("food_and_drink\\.bubble_tea-[a-z0-9]{6}"))
        .body("data.parentId", equalTo("food_and_drink"))
        .body("data.system", is(false))
        .body("data.version", equalTo(1));
    String id = created.path("data.id");

    authorized(token).get("/api/v1/categories").then()
        .body("data.find { it.id == 'food_and_drink' }.children.id", hasItem(id));

    authorized(token).body(Map.of("name", "Boba", "hidden", true, "version", 1)).patch("/api/v1/categories/" + id)
        .then().statusCode(200).body("data.name", equalTo("Boba")).body("data.hidden", is(true)).body("data.version", equalTo(2));
    // stale version, by field and by header
    authorized(token).body(Map.of("name", "Tea", "version", 1)).patch("/api/v1/categories/" + id)
        .then().statusCode(409).body("error.code", equalTo("CONFLICT"));
    authorized(token).header("If-Match", "\"1\"").delete("/api/v1/categories/" + id).then().statusCode(409);

    authorized(token).header("If-Match", "\"2\"").delete("/api/v1/categories/" + id).then().statusCode(204);
    authorized(token).get("/api/v1/categories/" + id).then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
  }

  @Test
  void systemCategoriesCanBeRenamedAndHiddenForMeButNeverDeleted() {
    ApiClient.Session me = signedInUser();
    ApiClient.Session other = signedInUser();
    authorized(me.accessToken()).body(Map.of("name", "Caffeine", "hidden", true)).patch("/api/v1/categories/food_and_drink.coffee")
        .then().statusCode(200).body("data.name", equalTo("Caffeine")).body("data.hidden", is(true)).body("data.system", is(true));
    authorized(other.accessToken()).get("/api/v1/categories/food_and_drink.coffee")
        .then().statusCode(200).body("data.name", equalTo("Coffee")).body("data.hidden", is(false));

    authorized(me.accessToken()).delete("/api/v1/categories/food_and_drink.coffee")
        .then().statusCode(409).body("error.code", equalTo("CONFLICT")).body("error.message", containsString("System categories"));
    authorized(me.accessToken()).delete("/api/v1/categories/travel").then().statusCode(409);
    authorized(me.accessToken()).get("/api/v1/categories/travel").then().statusCode(200);
  }

  @Test
  void invalidCategoriesAreRejectedWithEveryFieldNamed() {
    ApiClient.Session user = signedInUser();
    authorized(user.accessToken()).body(Map.of("parentId", "food_and_drink.coffee", "name", " ", "icon", "No Icon"))
        .post("/api/v1/categories")
        .then().statusCode(400).body("error.code", equalTo("VALIDATION_ERROR"))
        .body("error.details.field", hasItems("parentId", "name", "icon"));
    createCategory(user.accessToken(), "travel", "x".repeat(51)).then().statusCode(400).body("error.details.field", hasItem("name"));
    authorized(user.accessToken()).body(Map.of("parentId", "travel", "name", "Trips", "owner", "x"))
        .post("/api/v1/categories").then().statusCode(400);
    authorized(user.accessToken()).body(Map.of("icon", "plane")).patch("/api/v1/categories/travel")
        .then().statusCode(400).body("error.details.field", hasItem("icon"));
  }

  @Test
  void anotherUsersCategoryIsInvisibleOnEveryEndpoint() {
    ApiClient.Session alice = signedInUser();
    ApiClient.Session bob = signedInUser();
    String id = createCategory(alice.accessToken(), "travel", "Road trips").then().statusCode(201).extract().path("data.id");

    authorized(bob.accessToken()).get("/api/v1/categories/" + id).then().statusCode(404);
    authorized(bob.accessToken()).body(Map.of("name", "Mine")).patch("/api/v1/categories/" + id).then().statusCode(404);
    authorized(bob.accessToken()).delete("/api/v1/categories/" + id).then().statusCode(404);
    authorized(bob.accessToken()).get("/api/v1/categories").then()
        .body("data.find { it.id == 'travel' }.children.id", not(hasItem(id)));
    // nor can Bob file rules into it
    authorized(bob.accessToken()).body(Map.of("pattern", "shell", "matchType", "prefix", "categoryId", id))
        .post("/api/v1/rules").then().statusCode(400).body("error.details.field", hasItem("categoryId"));
    authorized(alice.accessToken()).get("/api/v1/categories/" + id).then().statusCode(200).body("data.name", equalTo("Road trips"));
  }

  @Test
  void merchantRulesCanBeManagedAndAreIsolated() {
    ApiClient.Session alice = signedInUser();
    ApiClient.Session bob = signedInUser();
    Response created = authorized(alice.accessToken())
        .body(Map.of("pattern", "  STARBUCKS  ", "matchType", "prefix", "categoryId", "food_and_drink.coffee"))
        .post("/api/v1/rules");
    created.then().statusCode(201)
        .body("data.pattern", equalTo("starbucks"))
        .body("data.matchType", equalTo("prefix"))
        .body("data.priority", equalTo(100))
        .body("data.version", equalTo(1));
    String id = created.path("data.id");

    authorized(alice.accessToken()).body(Map.of("pattern", "Starbucks", "matchType", "prefix", "categoryId", "travel"))
        .post("/api/v1/rules").then().statusCode(409);
    authorized(alice.accessToken()).body(Map.of("pattern", "", "matchType", "regex", "categoryId", "nope", "priority", 5000))
        .post("/api/v1/rules").then().statusCode(400)
        .body("error.details.field", hasItems("pattern", "matchType", "categoryId", "priority"));

    authorized(alice.accessToken()).body(Map.of("priority", 1, "version", 1)).patch("/api/v1/rules/" + id)
        .then().statusCode(200).body("data.priority", equalTo(1)).body("data.version", equalTo(2));
    authorized(alice.accessToken()).get("/api/v1/rules").then().statusCode(200).body("data.id", equalTo(List.of(id)));

    authorized(bob.accessToken()).get("/api/v1/rules").then().statusCode(200).body("data", hasSize(0));
    authorized(bob.accessToken()).get("/api/v1/rules/" + id).then().statusCode(404);
    authorized(bob.accessToken()).body(Map.of("priority", 2)).patch("/api/v1/rules/" + id).then().statusCode(404);
    authorized(bob.accessToken()).delete("/api/v1/rules/" + id).then().statusCode(404);
    authorized(bob.accessToken()).get("/api/v1/rules/not-a-uuid").then().statusCode(404);

    authorized(alice.accessToken()).delete("/api/v1/rules/" + id).then().statusCode(204);
    authorized(alice.accessToken()).get("/api/v1/rules/" + id).then().statusCode(404);
  }

  @Test
  void deletingAnOwnCategoryDeletesItsRules() {
    ApiClient.Session user = signedInUser();
    String id = createCategory(user.accessToken(), "entertainment", "Board games").then().extract().path("data.id");
    String rule = authorized(user.accessToken()).body(Map.of("pattern", "meeple", "matchType", "contains", "categoryId", id))
        .post("/api/v1/rules").then().statusCode(201).extract().path("data.id");
    authorized(user.accessToken()).delete("/api/v1/categories/" + id).then().statusCode(204);
    authorized(user.accessToken()).get("/api/v1/rules/" + rule).then().statusCode(404);
  }

  @Test
  void categoriesNeedASignedInUser() {
    request().get("/api/v1/categories").then().statusCode(401);
    request().get("/api/v1/rules").then().statusCode(401);
  }
}

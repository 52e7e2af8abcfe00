package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.PASSWORD;
import static com.duskspendr.web.blackbox.ApiClient.authorized;
import static com.duskspendr.web.blackbox.ApiClient.login;
import static com.duskspendr.web.blackbox.ApiClient.request;
import static com.duskspendr.web.blackbox.ApiClient.signedInUser;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.duskspendr.web.it.WithIntegrationEnvironment;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Issue 13: what an attacker tried against the running system, and what it must answer now. */
@ExtendWith(WithIntegrationEnvironment.class)
class SecurityHardeningIT {

  private static void refused(Response response) {
    response.then().statusCode(401).header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"))
        .body("success", equalTo(false)).body("error.code", equalTo("UNAUTHORIZED"));
  }

  private static JsonPath claimsOf(String token) {
    return JsonPath.from(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
  }

  // 1. An access token dies with its session and its account

  @Test
  void logoutEndsTheAccessTokenAtOnce() {
    ApiClient.Session user = signedInUser();
    authorized(user.accessToken()).get("/api/v1/users/me").then().statusCode(200);

    request().body(Map.of("refreshToken", user.refreshToken())).post("/api/v1/auth/logout").then().statusCode(204);

    refused(authorized(user.accessToken()).get("/api/v1/users/me"));
    refused(authorized(user.accessToken()).get("/api/v1/transactions"));
  }

  @Test
  void aRevokedDeviceLosesItsAccessTokenAtOnce() {
    ApiClient.Session phone = signedInUser();
    Response tablet = login(phone.email(), PASSWORD, "Tablet");
    String tabletToken = tablet.path("data.accessToken");
    authorized(tabletToken).get("/api/v1/users/me").then().statusCode(200);
    String tabletSession = (String) claimsOf(tabletToken).get("sid");

    authorized(phone.accessToken()).delete("/api/v1/auth/sessions/" + tabletSession).then().statusCode(204);

    refused(authorized(tabletToken).get("/api/v1/users/me"));
    authorized(phone.accessToken()).get("/api/v1/users/me").then().statusCode(200);
  }

  @Test
  void refreshTokenReuseEndsTheThiefsFreshAccessTokenToo() {
    ApiClient.Session victim = signedInUser();
    Response thief = request().body(Map.of("refreshToken", victim.refreshToken())).post("/api/v1/auth/refresh");
    String thiefToken = thief.then().statusCode(200).extract().path("data.accessToken");
    authorized(thiefToken).get("/api/v1/users/me").then().statusCode(200);

    // the victim's app refreshes with the token the thief already used: reuse detected
    request().body(Map.of("refreshToken", victim.refreshToken())).post("/api/v1/auth/refresh").then().statusCode(401);

    refused(authorized(thiefToken).get("/api/v1/users/me"));
    refused(authorized(victim.accessToken()).get("/api/v1/users/me"));
  }

  @Test
  void aDeletedAccountCanWriteNothingInAnyContext() {
    ApiClient.Session user = signedInUser();
    String token = user.accessToken();
    authorized(token).body(Map.of("password", PASSWORD)).delete("/api/v1/users/me").then().statusCode(204);

    // categories
    refused(authorized(token).body(Map.of("parentId", "travel", "name", "Ski trips")).post("/api/v1/categories"));
    refused(authorized(token).body(Map.of("name", "Doctor")).patch("/api/v1/categories/medical.primary_care"));
    // merchant rules, directly and through sync
    refused(authorized(token).body(Map.of("pattern", "shell", "matchType", "prefix", "categoryId", "travel"))
        .post("/api/v1/rules"));
    Map<String, Object> rule = new HashMap<>();
    rule.put("entity", "rule");
    rule.put("op", "upsert");
    rule.put("id", UUID.randomUUID().toString());
    rule.put("baseVersion", null);
    rule.put("data", Map.of("pattern", "mine", "matchType", "exact", "categoryId", "travel"));
    refused(authorized(token).body(Map.of("changes", List.of(rule))).post("/api/v1/sync/push"));
    // transactions
    refused(authorized(token)
        .body(Map.of("amount", "-3.50", "date", LocalDate.now().toString(), "merchantName", "Cafe"))
        .post("/api/v1/transactions"));
    // budgets
    refused(authorized(token)
        .body(Map.of("categoryId", "food_and_drink.groceries", "amount", "400.00", "currency", "USD",
            "period", "monthly", "startDate", "2026-01-01"))
        .post("/api/v1/budgets"));
  }

  // 7. Token quirks

  @Test
  void theBearerSchemeIsCaseInsensitive() {
    ApiClient.Session user = signedInUser();
    for (String scheme : List.of("bearer", "BEARER", "BeArEr")) {
      request().header("Authorization", scheme + " " + user.accessToken()).get("/api/v1/users/me")
          .then().statusCode(200).body("data.id", equalTo(user.userId()));
    }
    refused(request().header("Authorization", "Basic " + user.accessToken()).get("/api/v1/users/me"));
  }

  @Test
  void tokensNameTheAccountByIdAndCarryAnAudience() {
    ApiClient.Session user = signedInUser();
    JsonPath claims = claimsOf(user.accessToken());
    assertEquals(user.userId(), claims.getString("upn"));
    assertEquals(user.userId(), claims.getString("sub"));
    assertEquals("duskspendr-api", claims.getString("aud"));
    assertEquals(false, user.accessToken().contains(user.email()));
  }
}

package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.PASSWORD;
import static com.duskspendr.web.blackbox.ApiClient.authorized;
import static com.duskspendr.web.blackbox.ApiClient.login;
import static com.duskspendr.web.blackbox.ApiClient.newEmail;
import static com.duskspendr.web.blackbox.ApiClient.register;
import static com.duskspendr.web.blackbox.ApiClient.request;
import static com.duskspendr.web.blackbox.ApiClient.signedInUser;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.web.it.WithIntegrationEnvironment;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(WithIntegrationEnvironment.class)
class AuthApiIT {

  @Test
  void registerAnswers202CheckYourEmail() {
    String email = newEmail();
    request()
        .body(Map.of("email", email, "password", PASSWORD, "displayName", "Dusk Tester"))
        .post("/api/v1/auth/register")
        .then()
        .statusCode(202)
        .body("success", is(true))
        .body("data.email", equalTo(email))
        .body("data.status", equalTo("verification_sent"))
        .body("data", not(org.hamcrest.Matchers.hasKey("password")))
        .body("data", not(org.hamcrest.Matchers.hasKey("id")))
        .body("meta.version", equalTo("v1"))
        .body("meta.requestId", notNullValue());
    // usable at once, before the address is verified
    login(email, PASSWORD, null).then().statusCode(200);
  }

  @Test
  void weakPasswordsAreRejectedWithDetails() {
    String email = newEmail();
    register(email, "short1").then().statusCode(400).body("error.code", equalTo("VALIDATION_ERROR"))
        .body("error.details.field", hasItem("password"));
    register(email, email).then().statusCode(400).body("error.details.field", hasItem("password"));
    register(email, "password1234").then().statusCode(400).body("error.details.field", hasItem("password"));
    // nothing was stored: the address is still free
    register(email, PASSWORD).then().statusCode(202);
    login(email, PASSWORD, null).then().statusCode(200);
  }

  @Test
  void invalidRegistrationFieldsAreReported() {
    request()
        .body(Map.of("email", "not-an-email", "password", PASSWORD))
        .post("/api/v1/auth/register")
        .then()
        .statusCode(400)
        .body("error.code", equalTo("VALIDATION_ERROR"))
        .body("error.details.field", hasItem("email"));
    request()
        .body(Map.of("password", PASSWORD))
        .post("/api/v1/auth/register")
        .then()
        .statusCode(400)
        .body("error.details.field", hasItem("email"));
  }

  @Test
  void loginIssuesAVerifiableBearerToken() {
    String email = newEmail();
    register(email, PASSWORD).then().statusCode(202);

    Response login = login(email, PASSWORD, null);
    login.then()
        .statusCode(200)
        .header("Cache-Control", org.hamcrest.Matchers.containsString("no-store"))
        .body("data.tokenType", equalTo("Bearer"))
        .body("data.expiresIn", equalTo(900))
        .body("data.refreshToken", notNullValue());

    String token = login.path("data.accessToken");
    String[] parts = token.split("\\.");
    JsonPath header = JsonPath.from(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8));
    JsonPath claims = JsonPath.from(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    String userId = authorized(token).get("/api/v1/users/me").then().statusCode(200).extract().path("data.id");
    assertEquals("RS256", header.getString("alg"));
    assertEquals(userId, claims.getString("sub"));
    assertEquals(userId, claims.getString("upn"));
    assertEquals(List.of("user"), claims.getList("groups"));
    assertEquals(900L, claims.getLong("exp") - claims.getLong("iat"));
    assertTrue(claims.getString("jti").length() > 10);
    assertTrue(claims.getString("iss").startsWith("https://"));

    // the key that signed it is published under its kid
    request().get("/api/v1/auth/jwks").then().statusCode(200).body("keys.kid", hasItem(header.getString("kid")))
        .body("keys.d", everyItem(org.hamcrest.Matchers.nullValue()));
    request().get("/.well-known/jwks.json").then().statusCode(200).body("keys.kid", hasItem(header.getString("kid")));

    // and the server accepts it
    authorized(token).get("/api/v1/users/me").then().statusCode(200).body("data.id", equalTo(userId));
  }

  @Test
  void wrongPasswordAndUnknownEmailAnswerIdentically() {
    String email = newEmail();
    register(email, PASSWORD).then().statusCode(202);

    Response wrongPassword = login(email, PASSWORD + "x", null);
    Response unknownEmail = login(newEmail(), PASSWORD, null);

    wrongPassword.then().statusCode(401).body("error.code", equalTo("UNAUTHORIZED"));
    unknownEmail.then().statusCode(401);
    assertEquals(wrongPassword.path("error"), (Object) unknownEmail.path("error"));
  }

  @Test
  void repeatedFailuresForOneAccountAreThrottled() {
    String email = newEmail();
    register(email, PASSWORD).then().statusCode(202);
    for (int attempt = 0; attempt < 5; attempt++) {
      login(email, "wrong password " + attempt, null).then().statusCode(401);
    }

    login(email, "wrong again", null)
        .then()
        .statusCode(429)
        .header("Retry-After", notNullValue())
        .body("error.code", equalTo("RATE_LIMITED"));
    // even the right password waits until the window is over
    Response throttled = login(email, PASSWORD, null);
    throttled.then().statusCode(429);
    assertTrue(Integer.parseInt(throttled.header("Retry-After")) > 0);
  }

  @Test
  void refreshRotatesAndReuseRevokesTheWholeSession() {
    ApiClient.Session session = signedInUser();

    Response first = request().body(Map.of("refreshToken", session.refreshToken())).post("/api/v1/auth/refresh");
    first.then().statusCode(200).body("data.accessToken", notNullValue());
    String rotated = first.path("data.refreshToken");
    assertNotEquals(session.refreshToken(), rotated);

    // replaying the old token (as a thief would) fails ...
    request().body(Map.of("refreshToken", session.refreshToken())).post("/api/v1/auth/refresh")
        .then().statusCode(401).body("error.code", equalTo("UNAUTHORIZED"));
    // ... and revokes the whole family, so the legitimate newest token is dead too
    request().body(Map.of("refreshToken", rotated)).post("/api/v1/auth/refresh").then().statusCode(401);
  }

  @Test
  void garbageRefreshTokenIsUnauthorized() {
    request().body(Map.of("refreshToken", "not-a-token")).post("/api/v1/auth/refresh").then().statusCode(401);
  }

  @Test
  void logoutRevokesTheSession() {
    ApiClient.Session session = signedInUser();

    request().body(Map.of("refreshToken", session.refreshToken())).post("/api/v1/auth/logout").then().statusCode(204);

    request().body(Map.of("refreshToken", session.refreshToken())).post("/api/v1/auth/refresh").then().statusCode(401);
    // the access token of the session died with it (SecurityHardeningIT covers the other ways a session ends)
    authorized(session.accessToken()).get("/api/v1/auth/sessions").then().statusCode(401);
  }

  @Test
  void sessionsAreListedAndRevocableByTheirOwnerOnly() {
    ApiClient.Session phone = signedInUser();
    Response tablet = login(phone.email(), PASSWORD, "Tablet");
    tablet.then().statusCode(200);

    Response sessions = authorized(phone.accessToken()).get("/api/v1/auth/sessions");
    sessions.then().statusCode(200).body("data.deviceName", containsInAnyOrder("Test phone", "Tablet"))
        .body("data.findAll { it.current }", hasSize(1));
    String tabletSession = sessions.path("data.find { it.deviceName == 'Tablet' }.id");

    // another user can neither see nor revoke it
    ApiClient.Session stranger = signedInUser();
    authorized(stranger.accessToken()).get("/api/v1/auth/sessions").then().body("data.id", not(hasItem(tabletSession)));
    authorized(stranger.accessToken()).delete("/api/v1/auth/sessions/" + tabletSession).then().statusCode(404)
        .body("error.code", equalTo("NOT_FOUND"));

    authorized(phone.accessToken()).delete("/api/v1/auth/sessions/" + tabletSession).then().statusCode(204);
    request().body(Map.of("refreshToken", (String) tablet.path("data.refreshToken"))).post("/api/v1/auth/refresh")
        .then().statusCode(401);
    authorized(phone.accessToken()).get("/api/v1/auth/sessions").then().body("data", hasSize(1));
  }

  @Test
  void protectedEndpointsNeedAValidToken() {
    request().get("/api/v1/auth/sessions").then().statusCode(401).body("success", is(false))
        .body("error.code", equalTo("UNAUTHORIZED"));
    ApiClient.Session session = signedInUser();
    String tampered = session.accessToken().substring(0, session.accessToken().length() - 4) + "AAAA";
    authorized(tampered).get("/api/v1/users/me").then().statusCode(401).body("error.code", equalTo("UNAUTHORIZED"));
  }

  @Test
  void theConfiguredAdminIsBootstrappedWithTheAdminRole() {
    Response login = login(
        com.duskspendr.web.it.IntegrationEnvironment.ADMIN_EMAIL,
        com.duskspendr.web.it.IntegrationEnvironment.ADMIN_PASSWORD, "ops console");
    login.then().statusCode(200);
    String token = login.path("data.accessToken");
    JsonPath claims = JsonPath.from(
        new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    assertEquals(List.of("user", "admin"), claims.getList("groups"));
  }
}

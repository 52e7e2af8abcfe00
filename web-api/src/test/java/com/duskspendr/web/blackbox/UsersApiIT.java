package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.PASSWORD;
import static com.duskspendr.web.blackbox.ApiClient.authorized;
import static com.duskspendr.web.blackbox.ApiClient.login;
import static com.duskspendr.web.blackbox.ApiClient.request;
import static com.duskspendr.web.blackbox.ApiClient.signedInUser;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.duskspendr.web.it.WithIntegrationEnvironment;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(WithIntegrationEnvironment.class)
class UsersApiIT {

  @Test
  void newProfileHasTheDocumentedDefaults() {
    ApiClient.Session user = signedInUser();

    authorized(user.accessToken())
        .get("/api/v1/users/me")
        .then()
        .statusCode(200)
        .body("data.id", equalTo(user.userId()))
        .body("data.email", equalTo(user.email()))
        .body("data.displayName", notNullValue())
        .body("data.avatarUrl", nullValue())
        .body("data.preferences.currency", equalTo("USD"))
        .body("data.preferences.timezone", equalTo("UTC"))
        .body("data.preferences.weekStartsOn", equalTo("MONDAY"))
        .body("data.preferences.notifications.push", is(true))
        .body("data.createdAt", notNullValue());
  }

  @Test
  void patchUpdatesOnlyTheGivenFields() {
    ApiClient.Session user = signedInUser();

    authorized(user.accessToken())
        .body(Map.of(
            "displayName", "Night Owl",
            "avatarUrl", "https://cdn.example.com/a.png",
            "preferences", Map.of("currency", "EUR", "timezone", "Europe/Berlin", "weekStartsOn", "SUNDAY",
                "notifications", Map.of("sms", true))))
        .patch("/api/v1/users/me")
        .then()
        .statusCode(200)
        .body("data.displayName", equalTo("Night Owl"))
        .body("data.avatarUrl", equalTo("https://cdn.example.com/a.png"))
        .body("data.preferences.currency", equalTo("EUR"))
        .body("data.preferences.timezone", equalTo("Europe/Berlin"))
        .body("data.preferences.weekStartsOn", equalTo("SUNDAY"))
        .body("data.preferences.notifications.sms", is(true))
        .body("data.preferences.notifications.push", is(true));

    authorized(user.accessToken()).body(Map.of("displayName", "Owl")).patch("/api/v1/users/me")
        .then().statusCode(200).body("data.displayName", equalTo("Owl"))
        .body("data.preferences.currency", equalTo("EUR"));
  }

  @Test
  void invalidPatchIsRejectedWholeWithEveryFieldNamed() {
    ApiClient.Session user = signedInUser();

    authorized(user.accessToken())
        .body(Map.of(
            "displayName", "Changed",
            "avatarUrl", "http://insecure.example.com/a.png",
            "preferences", Map.of("currency", "ABC", "timezone", "Mars/Olympus")))
        .patch("/api/v1/users/me")
        .then()
        .statusCode(400)
        .body("error.code", equalTo("VALIDATION_ERROR"))
        .body("error.details.field", hasItems("avatarUrl", "preferences.currency", "preferences.timezone"));

    authorized(user.accessToken()).get("/api/v1/users/me").then().body("data.displayName", org.hamcrest.Matchers.not(equalTo("Changed")));
  }

  @Test
  void unknownFieldsAndWrongTypesAreRejected() {
    ApiClient.Session user = signedInUser();
    authorized(user.accessToken()).body(Map.of("isAdmin", true)).patch("/api/v1/users/me")
        .then().statusCode(400).body("error.code", equalTo("VALIDATION_ERROR"));
    authorized(user.accessToken()).body(Map.of("preferences", "EUR")).patch("/api/v1/users/me")
        .then().statusCode(400).body("error.code", equalTo("VALIDATION_ERROR"));
  }

  @Test
  void deletingTheAccountNeedsThePasswordAndErasesEverything() {
    ApiClient.Session user = signedInUser();

    authorized(user.accessToken()).body(Map.of("password", "wrong password!!")).delete("/api/v1/users/me")
        .then().statusCode(401);
    authorized(user.accessToken()).body(Map.of()).delete("/api/v1/users/me")
        .then().statusCode(400).body("error.details.field", hasItem("password"));
    authorized(user.accessToken()).get("/api/v1/users/me").then().statusCode(200);

    authorized(user.accessToken()).body(Map.of("password", PASSWORD)).delete("/api/v1/users/me")
        .then().statusCode(204);

    // the token died with the account's sessions
    authorized(user.accessToken()).get("/api/v1/users/me").then().statusCode(401).body("error.code", equalTo("UNAUTHORIZED"));
    login(user.email(), PASSWORD, null).then().statusCode(401);
    request().body(Map.of("refreshToken", user.refreshToken())).post("/api/v1/auth/refresh").then().statusCode(401);
    // the address can be used again
    ApiClient.register(user.email(), PASSWORD).then().statusCode(202);
    login(user.email(), PASSWORD, null).then().statusCode(200);
  }

  @Test
  void eachUserSeesOnlyTheirOwnProfile() {
    ApiClient.Session alice = signedInUser();
    ApiClient.Session bob = signedInUser();
    authorized(bob.accessToken()).body(Map.of("displayName", "Bob")).patch("/api/v1/users/me").then().statusCode(200);

    authorized(alice.accessToken()).get("/api/v1/users/me").then().body("data.id", equalTo(alice.userId()))
        .body("data.email", equalTo(alice.email()));
    authorized(alice.accessToken()).body(Map.of("displayName", "Alice")).patch("/api/v1/users/me").then().statusCode(200);
    authorized(bob.accessToken()).get("/api/v1/users/me").then().body("data.displayName", equalTo("Bob"));
  }
}

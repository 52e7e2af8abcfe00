package com.duskspendr.web.blackbox;

import static io.restassured.RestAssured.given;

import com.duskspendr.web.it.IntegrationEnvironment;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** What a mobile client does over and over: register, sign in, call with a bearer token. */
final class ApiClient {

  static final String PASSWORD = "correct horse battery staple 42";

  private ApiClient() {}

  static RequestSpecification request() {
    return given().baseUri(IntegrationEnvironment.get().systemBaseUri().toString()).contentType(ContentType.JSON);
  }

  static RequestSpecification authorized(String accessToken) {
    return request().header("Authorization", "Bearer " + accessToken);
  }

  /** A fresh, unique email address, so tests never share accounts. */
  static String newEmail() {
    return "user-" + UUID.randomUUID() + "@example.com";
  }

  static Response register(String email, String password) {
    return request().body(Map.of("email", email, "password", password)).post("/api/v1/auth/register");
  }

  static Response login(String email, String password, String deviceName) {
    Map<String, Object> body = new HashMap<>(Map.of("email", email, "password", password));
    if (deviceName != null) {
      body.put("deviceName", deviceName);
    }
    return request().body(body).post("/api/v1/auth/login");
  }

  /** A registered, signed-in user. */
  record Session(String email, String userId, String accessToken, String refreshToken) {}

  static Session signedInUser() {
    String email = newEmail();
    register(email, PASSWORD).then().statusCode(202);
    Response login = login(email, PASSWORD, "Test phone");
    login.then().statusCode(200);
    String accessToken = login.path("data.accessToken");
    return new Session(email, subjectOf(accessToken), accessToken, login.path("data.refreshToken"));
  }

  /** The account id, as the token names it ({@code sub}): registration no longer tells it. */
  static String subjectOf(String accessToken) {
    String claims = new String(
        java.util.Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
    return io.restassured.path.json.JsonPath.from(claims).getString("sub");
  }
}

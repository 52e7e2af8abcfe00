package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.authorized;
import static com.duskspendr.web.blackbox.ApiClient.request;
import static com.duskspendr.web.blackbox.ApiClient.signedInUser;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.duskspendr.web.it.IntegrationEnvironment;
import com.duskspendr.web.it.WithIntegrationEnvironment;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The conventions every endpoint follows: envelope, errors, request ids, limits, docs, health. */
@ExtendWith(WithIntegrationEnvironment.class)
class ApiConventionsIT {

  @Test
  void malformedJsonIsAValidationError() {
    request().body("{\"email\": ").post("/api/v1/auth/register")
        .then().statusCode(400).contentType(ContentType.JSON)
        .body("success", is(false)).body("error.code", equalTo("VALIDATION_ERROR"))
        .body(not(containsString("Exception")));
  }

  @Test
  void wrongJsonTypeIsAValidationError() {
    request().body("{\"email\": [1,2], \"password\": 5}").post("/api/v1/auth/login")
        .then().statusCode(400).body("error.code", equalTo("VALIDATION_ERROR"));
  }

  @Test
  void missingBodyIsAValidationError() {
    request().post("/api/v1/auth/login").then().statusCode(400).body("error.code", equalTo("VALIDATION_ERROR"));
  }

  @Test
  void wrongContentTypeIsUnsupported() {
    request().contentType(ContentType.TEXT).body("email=a").post("/api/v1/auth/login")
        .then().statusCode(415).body("error.code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
  }

  @Test
  void oversizedBodyIsRejected() {
    String huge = "{\"email\":\"" + "a".repeat(2 * 1024 * 1024) + "\",\"password\":\"x\"}";
    request().body(huge).post("/api/v1/auth/login")
        .then().statusCode(413).body("error.code", equalTo("PAYLOAD_TOO_LARGE"));
  }

  @Test
  void unknownRoutesAnswerWithTheErrorEnvelope() {
    request().get("/api/v1/no-such-thing").then().statusCode(404).contentType(ContentType.JSON)
        .body("error.code", equalTo("NOT_FOUND"));
    request().get("/no-such-page").then().statusCode(404).contentType(ContentType.JSON)
        .body("error.code", equalTo("NOT_FOUND"));
  }

  @Test
  void wrongMethodIsNotAllowed() {
    request().delete("/api/v1/auth/login").then().statusCode(405).contentType(ContentType.JSON)
        .body("success", is(false));
  }

  @Test
  void requestIdIsEchoedOrGenerated() {
    request().header("X-Request-Id", "mobile-req-123").get("/api/v1/no-such-thing")
        .then().header("X-Request-Id", "mobile-req-123").body("meta.requestId", equalTo("mobile-req-123"));
    ApiClient.Session user = signedInUser();
    authorized(user.accessToken()).header("X-Request-Id", "bad id with spaces <script>").get("/api/v1/users/me")
        .then().statusCode(200)
        .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
        .body("meta.requestId", matchesPattern("[0-9a-f-]{36}"))
        .body("meta.timestamp", notNullValue());
  }

  @Test
  void healthEndpointsReportUp() {
    request().get("/health/live").then().statusCode(200).body("status", equalTo("UP"));
    request().get("/health/ready").then().statusCode(200).body("status", equalTo("UP"))
        .body("checks.name", hasItems("database", "broker"));
  }

  @Test
  void aBrowserOnTheAllowedOriginMayCallTheApiAndNoOtherOrigin() {
    String origin = IntegrationEnvironment.BROWSER_ORIGIN;
    request().header("Origin", origin).header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization, content-type")
        .options("/api/v1/transactions").then().statusCode(204)
        .header("Access-Control-Allow-Origin", origin)
        .header("Access-Control-Allow-Methods", containsString("POST"))
        .header("Access-Control-Allow-Headers", containsString("Authorization"))
        .header("Access-Control-Max-Age", "600")
        .header("Access-Control-Allow-Credentials", nullValue());
    authorized(signedInUser().accessToken()).header("Origin", origin).get("/api/v1/users/me").then().statusCode(200)
        .header("Access-Control-Allow-Origin", origin)
        .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));

    request().header("Origin", "https://evil.test").header("Access-Control-Request-Method", "GET")
        .options("/api/v1/transactions").then().statusCode(403).body("error.code", equalTo("FORBIDDEN"))
        .header("Access-Control-Allow-Origin", nullValue());
  }

  @Test
  void strictTransportSecurityOnlyOverTls() {
    // Our trusted proxy (127.0.0.1 in the tests) terminated TLS and says so.
    request().header("X-Forwarded-Proto", "https").get("/api/v1/users/me").then().statusCode(401)
        .header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    request().get("/api/v1/users/me").then().statusCode(401).header("Strict-Transport-Security", nullValue());
  }

  @Test
  void openApiDocumentsEveryEndpointAndTheBearerScheme() {
    request().accept(ContentType.JSON).get("/openapi").then().statusCode(200)
        .body("info.title", equalTo("DuskSpendr API"))
        .body("info.version", equalTo("v1"))
        .body("paths", hasKey("/api/v1/auth/register"))
        .body("paths", hasKey("/api/v1/auth/login"))
        .body("paths", hasKey("/api/v1/auth/refresh"))
        .body("paths", hasKey("/api/v1/auth/logout"))
        .body("paths", hasKey("/api/v1/auth/sessions"))
        .body("paths", hasKey("/api/v1/auth/sessions/{id}"))
        .body("paths", hasKey("/api/v1/users/me"))
        .body("components.securitySchemes", hasKey("bearer"))
        // responses describe their bodies: the success envelope and the shared error envelope
        .body("paths.'/api/v1/auth/login'.post.responses.'200'.content.'application/json'.schema.properties",
            hasKey("data"))
        .body("paths.'/api/v1/auth/login'.post.responses.'401'", notNullValue())
        // every operation can meet a spent rate limit
        .body("paths.'/api/v1/users/me'.get.responses.'429'", notNullValue())
        .body("components.schemas.ErrorEnvelope.properties", hasKey("error"))
        .body("components.schemas.ErrorBody.properties", hasKey("details"));
  }

  @Test
  void interactiveApiPageIsServed() {
    request().accept(ContentType.HTML).get("/api/docs").then().statusCode(200).contentType(ContentType.HTML)
        .body(containsString("swagger"));
  }
}

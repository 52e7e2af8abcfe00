package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.authorized;
import static com.duskspendr.web.blackbox.ApiClient.request;
import static com.duskspendr.web.blackbox.ApiClient.signedInUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.web.it.IntegrationEnvironment;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * OAuth 2.0 as an integrator uses it, against the running system: register a client, send the user
 * through the consent page (form posts play the browser), exchange the code with PKCE, call the API
 * with the scopes granted and no more, and lose access when the user revokes the grant. Each RFC 9700
 * point has its own test.
 */
class OAuthApiIT {

  private static final String REDIRECT = "http://127.0.0.1:53682/callback";
  private static final Pattern HANDLE = Pattern.compile("name=\"request\" value=\"([^\"]+)\"");

  @Test
  void anIntegratorReadsTransactionsWithConsentIsRefusedWritesAndOthersDataAndLosesAccessOnRevocation() {
    ApiClient.Session user = signedInUser();
    String own = createTransaction(user, "-12.50", "Corner Bakery");
    ApiClient.Session other = signedInUser();
    String othersTransaction = createTransaction(other, "-99.00", "Somebody Else");
    Client client = registerPublic(signedInUser(), List.of("transactions:read", "budgets:read"));

    Pkce pkce = Pkce.create();
    String state = "st-" + UUID.randomUUID();
    Response page = authorize(client.id(), REDIRECT, "transactions:read", state, pkce.challenge(), "S256");
    page.then().statusCode(200).contentType(containsHtml());
    String html = page.asString();
    assertTrue(html.contains("Test integration"), "the consent page names the client");
    assertTrue(html.contains("transactions:read") && !html.contains("budgets:read"), "and the scopes asked for");
    assertNotNull(page.header("Content-Security-Policy"));
    assertEquals("DENY", page.header("X-Frame-Options"));

    Response wrongPassword = consent(handleOf(html), "approve", user.email(), "not my password at all");
    wrongPassword.then().statusCode(401);
    Response approved = consent(handleOf(wrongPassword.asString()), "approve", user.email(), ApiClient.PASSWORD);
    approved.then().statusCode(303);
    Map<String, String> answer = queryOf(approved.header("Location"), REDIRECT);
    assertEquals(state, answer.get("state"), "state echoed");
    assertEquals("https://duskspendr.app", answer.get("iss"), "RFC 9207 iss");
    assertNull(answer.get("access_token"), "no token in the URL");

    JsonPath tokens = exchange(client.id(), answer.get("code"), REDIRECT, pkce.verifier()).then().statusCode(200)
        .header("Cache-Control", "no-store").extract().jsonPath();
    assertEquals("Bearer", tokens.getString("token_type"));
    assertEquals("transactions:read", tokens.getString("scope"));
    String accessToken = tokens.getString("access_token");
    JsonPath claims = claimsOf(accessToken);
    assertEquals(client.id(), claims.getString("azp"));
    assertEquals("transactions:read", claims.getString("scope"));
    assertEquals(user.userId(), claims.getString("sub"));

    authorized(accessToken).get("/api/v1/transactions").then().statusCode(200)
        .body("data.id", hasItem(own));
    authorized(accessToken).get("/api/v1/transactions/" + own).then().statusCode(200);
    authorized(accessToken).get("/api/v1/transactions/" + othersTransaction).then().statusCode(404)
        .body("error.code", equalTo("NOT_FOUND"));
    authorized(accessToken)
        .body(transaction("-1.00", "Sneaky Write"))
        .post("/api/v1/transactions").then().statusCode(403).body("success", equalTo(false))
        .body("error.code", equalTo("FORBIDDEN"));
    authorized(accessToken).get("/api/v1/budgets").then().statusCode(403).body("error.code", equalTo("FORBIDDEN"));
    authorized(accessToken).get("/api/v1/users/me").then().statusCode(403);
    // First-party only: no scope opens a user's sessions, account or client registrations to a client.
    authorized(accessToken).get("/api/v1/auth/sessions").then().statusCode(403);
    authorized(accessToken).get("/api/v1/oauth/clients").then().statusCode(403);
    authorized(accessToken).get("/api/v1/oauth/grants").then().statusCode(403);
    // The user's own (first-party) token keeps full access, and the grant is not a device session.
    authorized(user.accessToken()).get("/api/v1/budgets").then().statusCode(200);
    authorized(user.accessToken()).get("/api/v1/auth/sessions").then().statusCode(200).body("data.size()", equalTo(1));

    JsonPath grants = authorized(user.accessToken()).get("/api/v1/oauth/grants").then().statusCode(200).extract().jsonPath();
    assertEquals(1, grants.getList("data").size());
    assertEquals(client.id(), grants.getString("data[0].clientId"));
    assertEquals("Test integration", grants.getString("data[0].clientName"));
    assertEquals(List.of("transactions:read"), grants.getList("data[0].scopes"));
    String grantId = grants.getString("data[0].id");
    authorized(other.accessToken()).delete("/api/v1/oauth/grants/" + grantId).then().statusCode(404);
    authorized(accessToken).get("/api/v1/transactions").then().statusCode(200);

    authorized(user.accessToken()).delete("/api/v1/oauth/grants/" + grantId).then().statusCode(204);
    authorized(accessToken).get("/api/v1/transactions").then().statusCode(401);
    refresh(client.id(), tokens.getString("refresh_token"), null).then().statusCode(400)
        .body("error", equalTo("invalid_grant"));
    authorized(user.accessToken()).get("/api/v1/oauth/grants").then().statusCode(200).body("data.size()", equalTo(0));
  }

  @Test
  void redirectUrisAreRegisteredSafelyAndMatchedExactly() {
    ApiClient.Session developer = signedInUser();
    authorized(developer.accessToken())
        .body(Map.of("name", "Bad", "redirectUris", List.of("http://app.example.com/cb"), "scopes", List.of("profile:read")))
        .post("/api/v1/oauth/clients").then().statusCode(400).body("error.code", equalTo("VALIDATION_ERROR"))
        .body("error.details.field", hasItem("redirectUris[0]"));
    authorized(developer.accessToken())
        .body(Map.of("name", "Bad", "redirectUris", List.of(REDIRECT), "scopes", List.of("admin")))
        .post("/api/v1/oauth/clients").then().statusCode(400).body("error.details.field", hasItem("scopes[0]"));
    Client client = registerPublic(developer, List.of("transactions:read"));
    Pkce pkce = Pkce.create();
    for (String lookalike : List.of(REDIRECT + "/", REDIRECT + "?x=1", "http://127.0.0.1:53682/Callback", "https://evil.example/cb")) {
      Response refused = authorize(client.id(), lookalike, "transactions:read", "s", pkce.challenge(), "S256");
      refused.then().statusCode(400);
      assertNull(refused.header("Location"), "never redirected to an unregistered URI: " + lookalike);
    }
    Response unknownClient = authorize(UUID.randomUUID().toString(), REDIRECT, "transactions:read", "s", pkce.challenge(), "S256");
    unknownClient.then().statusCode(400);
    assertNull(unknownClient.header("Location"));
  }

  @Test
  void publicClientsMustUsePkceWithS256AndErrorsEchoTheState() {
    Client client = registerPublic(signedInUser(), List.of("transactions:read"));
    Map<String, String> noPkce = queryOf(
        authorize(client.id(), REDIRECT, "transactions:read", "state-1", null, null).then().statusCode(303)
            .extract().header("Location"), REDIRECT);
    assertEquals("invalid_request", noPkce.get("error"));
    assertEquals("state-1", noPkce.get("state"));
    Map<String, String> plain = queryOf(
        authorize(client.id(), REDIRECT, "transactions:read", "state-2", Pkce.create().verifier(), "plain")
            .then().statusCode(303).extract().header("Location"), REDIRECT);
    assertEquals("invalid_request", plain.get("error"));
    assertEquals("state-2", plain.get("state"));
    Map<String, String> wider = queryOf(
        authorize(client.id(), REDIRECT, "transactions:write", "state-3", Pkce.create().challenge(), "S256")
            .then().statusCode(303).extract().header("Location"), REDIRECT);
    assertEquals("invalid_scope", wider.get("error"));

    Response page = authorize(client.id(), REDIRECT, "transactions:read", "state-4", Pkce.create().challenge(), "S256");
    Map<String, String> denied = queryOf(consent(handleOf(page.asString()), "deny", null, null)
        .then().statusCode(303).extract().header("Location"), REDIRECT);
    assertEquals("access_denied", denied.get("error"));
    assertEquals("state-4", denied.get("state"));
    assertNull(denied.get("code"));
  }

  @Test
  void aCodeWorksOnceForItsVerifierAndAReplayRevokesWhatItIssued() {
    ApiClient.Session user = signedInUser();
    Client client = registerPublic(signedInUser(), List.of("transactions:read"));
    Pkce pkce = Pkce.create();
    String code = approvedCode(user, client.id(), "transactions:read", pkce);
    exchange(client.id(), code, REDIRECT, Pkce.create().verifier()).then().statusCode(400)
        .body("error", equalTo("invalid_grant"));

    Pkce second = Pkce.create();
    String fresh = approvedCode(user, client.id(), "transactions:read", second);
    exchange(client.id(), fresh, REDIRECT + "/", second.verifier()).then().statusCode(400).body("error", equalTo("invalid_grant"));

    Pkce third = Pkce.create();
    String good = approvedCode(user, client.id(), "transactions:read", third);
    String accessToken = exchange(client.id(), good, REDIRECT, third.verifier()).then().statusCode(200)
        .extract().path("access_token");
    authorized(accessToken).get("/api/v1/transactions").then().statusCode(200);
    exchange(client.id(), good, REDIRECT, third.verifier()).then().statusCode(400).body("error", equalTo("invalid_grant"));
    authorized(accessToken).get("/api/v1/transactions").then().statusCode(401);
  }

  @Test
  void noTokenTravelsInAUrl() {
    Client client = registerPublic(signedInUser(), List.of("transactions:read"));
    Map<String, String> implicit = queryOf(given().baseUri(base()).config(noRedirects())
        .queryParam("response_type", "token").queryParam("client_id", client.id()).queryParam("redirect_uri", REDIRECT)
        .queryParam("scope", "transactions:read").queryParam("state", "s")
        .queryParam("code_challenge", Pkce.create().challenge()).queryParam("code_challenge_method", "S256")
        .get("/api/v1/oauth/authorize").then().statusCode(303).extract().header("Location"), REDIRECT);
    assertEquals("unsupported_response_type", implicit.get("error"));
    given().baseUri(base()).contentType(ContentType.URLENC).queryParam("grant_type", "authorization_code")
        .queryParam("code", "x").queryParam("client_id", client.id()).body("")
        .post("/api/v1/oauth/token").then().statusCode(400).body("error", equalTo("invalid_request"));

    ApiClient.Session user = signedInUser();
    Pkce pkce = Pkce.create();
    String accessToken = exchange(client.id(), approvedCode(user, client.id(), "transactions:read", pkce), REDIRECT,
        pkce.verifier()).then().statusCode(200).extract().path("access_token");
    request().queryParam("access_token", accessToken).get("/api/v1/transactions").then().statusCode(401);
  }

  @Test
  void refreshTokensRotateAndNeverWidenTheScope() {
    ApiClient.Session user = signedInUser();
    Client client = registerPublic(signedInUser(), List.of("transactions:read", "transactions:write"));
    Pkce pkce = Pkce.create();
    JsonPath first = exchange(client.id(), approvedCode(user, client.id(), "transactions:read", pkce), REDIRECT,
        pkce.verifier()).then().statusCode(200).extract().jsonPath();
    String refreshToken = first.getString("refresh_token");

    refresh(client.id(), refreshToken, "transactions:read transactions:write").then().statusCode(400)
        .body("error", equalTo("invalid_scope"));
    JsonPath second = refresh(client.id(), refreshToken, null).then().statusCode(200).extract().jsonPath();
    assertEquals("transactions:read", second.getString("scope"));
    assertNotEquals(refreshToken, second.getString("refresh_token"), "rotated");
    String accessToken = second.getString("access_token");
    authorized(accessToken).body(transaction("-1.00", "Still no write")).post("/api/v1/transactions").then().statusCode(403);
    Client otherClient = registerPublic(signedInUser(), List.of("transactions:read"));
    refresh(otherClient.id(), second.getString("refresh_token"), null).then().statusCode(400)
        .body("error", equalTo("invalid_grant"));
    // The user's sign-in refresh endpoint does not take a client's refresh token (it would buy full access).
    request().body(Map.of("refreshToken", second.getString("refresh_token"))).post("/api/v1/auth/refresh")
        .then().statusCode(401);

    refresh(client.id(), refreshToken, null).then().statusCode(400).body("error", equalTo("invalid_grant"));
    authorized(accessToken).get("/api/v1/transactions").then().statusCode(401);
    refresh(client.id(), second.getString("refresh_token"), null).then().statusCode(400);
  }

  @Test
  void aConfidentialClientIntrospectsRevokesAndActsForItselfWithClientCredentials() {
    ApiClient.Session developer = signedInUser();
    JsonPath registered = authorized(developer.accessToken())
        .body(Map.of("name", "Server app", "redirectUris", List.of("https://server.example/cb"),
            "scopes", List.of("transactions:read", "analytics:read"), "type", "confidential"))
        .post("/api/v1/oauth/clients").then().statusCode(201).header("Cache-Control", "no-store")
        .extract().jsonPath();
    String clientId = registered.getString("data.clientId");
    String secret = registered.getString("data.clientSecret");
    assertNotNull(secret);
    authorized(developer.accessToken()).get("/api/v1/oauth/clients").then().statusCode(200)
        .body("data[0].clientId", equalTo(clientId)).body("data[0].clientSecret", equalTo(null));
    authorized(signedInUser().accessToken()).get("/api/v1/oauth/clients").then().statusCode(200).body("data.size()", equalTo(0));

    form().auth().preemptive().basic(clientId, "wrong").formParam("grant_type", "client_credentials")
        .post("/api/v1/oauth/token").then().statusCode(401).body("error", equalTo("invalid_client"));
    String clientToken = form().auth().preemptive().basic(clientId, secret).formParam("grant_type", "client_credentials")
        .formParam("scope", "transactions:read").post("/api/v1/oauth/token").then().statusCode(200)
        .body("refresh_token", equalTo(null)).extract().path("access_token");
    authorized(clientToken).get("/api/v1/oauth/client").then().statusCode(200).body("data.clientId", equalTo(clientId));
    authorized(clientToken).get("/api/v1/transactions").then().statusCode(403);
    authorized(developer.accessToken()).get("/api/v1/oauth/client").then().statusCode(403);

    ApiClient.Session user = signedInUser();
    Pkce pkce = Pkce.create();
    Response page = given().baseUri(base()).config(noRedirects())
        .queryParam("response_type", "code").queryParam("client_id", clientId).queryParam("redirect_uri", "https://server.example/cb")
        .queryParam("scope", "analytics:read").queryParam("state", "c1")
        .queryParam("code_challenge", pkce.challenge()).queryParam("code_challenge_method", "S256")
        .get("/api/v1/oauth/authorize");
    String code = queryOf(consent(handleOf(page.asString()), "approve", user.email(), ApiClient.PASSWORD)
        .then().statusCode(303).extract().header("Location"), "https://server.example/cb").get("code");
    form().formParam("grant_type", "authorization_code").formParam("code", code)
        .formParam("redirect_uri", "https://server.example/cb").formParam("client_id", clientId)
        .formParam("code_verifier", pkce.verifier())
        .post("/api/v1/oauth/token").then().statusCode(401).body("error", equalTo("invalid_client"));
    JsonPath tokens = form().auth().preemptive().basic(clientId, secret).formParam("grant_type", "authorization_code")
        .formParam("code", code).formParam("redirect_uri", "https://server.example/cb")
        .formParam("code_verifier", pkce.verifier())
        .post("/api/v1/oauth/token").then().statusCode(200).extract().jsonPath();
    String accessToken = tokens.getString("access_token");
    authorized(accessToken).get("/api/v1/analytics/spending-summary?period=month").then().statusCode(200);
    authorized(accessToken).get("/api/v1/transactions").then().statusCode(403);

    form().auth().preemptive().basic(clientId, secret).formParam("token", accessToken).post("/api/v1/oauth/introspect")
        .then().statusCode(200).body("active", equalTo(true)).body("scope", equalTo("analytics:read"))
        .body("client_id", equalTo(clientId)).body("sub", equalTo(user.userId()));
    form().formParam("token", accessToken).post("/api/v1/oauth/introspect").then().statusCode(401);
    form().auth().preemptive().basic(clientId, secret).formParam("token", user.accessToken()).post("/api/v1/oauth/introspect")
        .then().statusCode(200).body("active", equalTo(false));

    form().auth().preemptive().basic(clientId, secret).formParam("token", tokens.getString("refresh_token"))
        .post("/api/v1/oauth/revoke").then().statusCode(200);
    authorized(accessToken).get("/api/v1/transactions").then().statusCode(401);
    form().auth().preemptive().basic(clientId, secret).formParam("token", accessToken).post("/api/v1/oauth/introspect")
        .then().statusCode(200).body("active", equalTo(false));
    form().auth().preemptive().basic(clientId, secret).formParam("token", "not-a-token").post("/api/v1/oauth/revoke")
        .then().statusCode(200);
  }

  @Test
  void anAdminSeesEveryClientAndDisablingOneEndsItsTokens() {
    ApiClient.Session user = signedInUser();
    Client client = registerPublic(signedInUser(), List.of("transactions:read"));
    Pkce pkce = Pkce.create();
    String accessToken = exchange(client.id(), approvedCode(user, client.id(), "transactions:read", pkce), REDIRECT,
        pkce.verifier()).then().statusCode(200).extract().path("access_token");
    authorized(user.accessToken()).get("/api/v1/admin/oauth/clients").then().statusCode(403);
    String admin = ApiClient.login(IntegrationEnvironment.ADMIN_EMAIL, IntegrationEnvironment.ADMIN_PASSWORD, null)
        .then().statusCode(200).extract().path("data.accessToken");
    authorized(admin).get("/api/v1/admin/oauth/clients").then().statusCode(200).body("data.clientId", hasItem(client.id()));
    authorized(admin).post("/api/v1/admin/oauth/clients/" + client.id() + "/disable").then().statusCode(200)
        .body("data.disabledAt", org.hamcrest.Matchers.notNullValue());
    authorized(accessToken).get("/api/v1/transactions").then().statusCode(401);
    authorize(client.id(), REDIRECT, "transactions:read", "s", Pkce.create().challenge(), "S256").then().statusCode(400);
    authorized(admin).post("/api/v1/admin/oauth/clients/" + UUID.randomUUID() + "/disable").then().statusCode(404);
  }

  @Test
  void hostileInputIsRefusedWithA4xxNeverA500() {
    Client client = registerPublic(signedInUser(), List.of("transactions:read"));
    assertClientError(form().body("grant_type=authorization_code&code=%ZZ&client_id=" + client.id()).post("/api/v1/oauth/token"));
    assertClientError(form().header("Authorization", "Basic !!!not-base64").formParam("grant_type", "client_credentials")
        .post("/api/v1/oauth/token"));
    form().formParam("grant_type", "password").formParam("username", "a").formParam("password", "b")
        .formParam("client_id", client.id()).post("/api/v1/oauth/token").then().statusCode(400);
    exchange(client.id(), "whatever", REDIRECT, "short").then().statusCode(400);
    form().formParam("grant_type", "authorization_code").post("/api/v1/oauth/token").then().statusCode(400);
    request().body(Map.of("grant_type", "client_credentials")).post("/api/v1/oauth/token").then().statusCode(415)
        .body("error.code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    assertClientError(form().body("").post("/api/v1/oauth/introspect"));
    assertClientError(form().formParam("token", "x").post("/api/v1/oauth/revoke"));
    given().baseUri(base()).config(noRedirects()).get("/api/v1/oauth/authorize").then().statusCode(400);
    consent("not-a-handle", "approve", "nobody-" + UUID.randomUUID() + "@example.com", "whatever").then().statusCode(400);
    consent(RefreshTokensLike.random(), "deny", null, null).then().statusCode(400);
    given().baseUri(base()).config(noRedirects()).contentType(ContentType.URLENC).formParam("decision", "approve")
        .post("/api/v1/oauth/authorize").then().statusCode(400);
    Response evilName = authorized(signedInUser().accessToken())
        .body(Map.of("name", "<script>alert(1)</script>", "redirectUris", List.of(REDIRECT), "scopes", List.of("profile:read"),
            "type", "public"))
        .post("/api/v1/oauth/clients");
    evilName.then().statusCode(201);
    String page = authorize(evilName.path("data.clientId"), REDIRECT, "profile:read", "s", Pkce.create().challenge(), "S256")
        .then().statusCode(200).extract().asString();
    assertFalse(page.contains("<script>"), "the client's name is escaped");
    assertTrue(page.contains("&lt;script&gt;"));
  }

  private static void assertClientError(Response response) {
    int status = response.statusCode();
    assertTrue(status >= 400 && status < 500, "a 4xx, was " + status + ": " + response.asString());
  }

  /** A well-formed handle nobody issued. */
  private static final class RefreshTokensLike {
    static String random() {
      byte[] bytes = new byte[32];
      new SecureRandom().nextBytes(bytes);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
  }

  @Test
  void metadataAndOpenApiDescribeTheAuthorizationServer() {
    JsonPath metadata = given().baseUri(base()).get("/.well-known/oauth-authorization-server").then().statusCode(200)
        .extract().jsonPath();
    assertEquals("https://duskspendr.app", metadata.getString("issuer"));
    assertTrue(metadata.getString("authorization_endpoint").endsWith("/api/v1/oauth/authorize"));
    assertTrue(metadata.getString("token_endpoint").endsWith("/api/v1/oauth/token"));
    assertTrue(metadata.getString("revocation_endpoint").endsWith("/api/v1/oauth/revoke"));
    assertTrue(metadata.getString("introspection_endpoint").endsWith("/api/v1/oauth/introspect"));
    assertEquals(List.of("S256"), metadata.getList("code_challenge_methods_supported"));
    assertEquals(List.of("code"), metadata.getList("response_types_supported"));
    assertTrue(metadata.getList("scopes_supported").contains("transactions:read"));

    JsonPath openapi = request().accept("application/json").get("/openapi").then().statusCode(200).extract().jsonPath();
    assertEquals("oauth2", openapi.getString("components.securitySchemes.oauth2.type"));
    Map<String, String> scopes = openapi.getMap("components.securitySchemes.oauth2.flows.authorizationCode.scopes");
    assertEquals(6, scopes.size(), scopes.toString());
    assertTrue(scopes.containsKey("budgets:write"));
    assertNotNull(openapi.get("paths.'/api/v1/oauth/token'"));
    assertFalse(openapi.getString("components.securitySchemes.oauth2.flows.authorizationCode.authorizationUrl").isEmpty());

    // Each operation names the scope the server enforces for it, beside the first-party bearer token.
    assertEquals(List.of("transactions:read"), oauthScopes(openapi, "/api/v1/transactions", "get"));
    assertEquals(List.of("transactions:write"), oauthScopes(openapi, "/api/v1/transactions", "post"));
    assertEquals(List.of("budgets:write"), oauthScopes(openapi, "/api/v1/budgets/{id}", "patch"));
    assertEquals(List.of("profile:read"), oauthScopes(openapi, "/api/v1/users/me", "get"));
    assertNull(oauthScopes(openapi, "/api/v1/auth/sessions", "get"), "first-party only: no OAuth requirement");
    assertNotNull(openapi.get("paths.'/api/v1/auth/sessions'.get.security"), "but the bearer token");
    assertNotNull(openapi.get("paths.'/api/v1/auth/sessions'.get.responses.'401'"));
    assertNull(openapi.get("paths.'/api/v1/auth/login'.post.security"), "public");
  }

  /** The scopes of an operation's oauth2 security requirement, or null when it has none. */
  private static List<String> oauthScopes(JsonPath openapi, String path, String method) {
    List<Map<String, List<String>>> security = openapi.getList("paths.'" + path + "'." + method + ".security");
    assertNotNull(security, method + " " + path + " is documented as secured");
    return security.stream().filter(r -> r.containsKey("oauth2")).map(r -> r.get("oauth2")).findFirst().orElse(null);
  }

  // ------------------------------------------------------------------ an integrator's helpers

  private record Client(String id) {}

  private record Pkce(String verifier, String challenge) {
    static Pkce create() {
      byte[] bytes = new byte[32];
      new SecureRandom().nextBytes(bytes);
      String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      try {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static Client registerPublic(ApiClient.Session developer, List<String> scopes) {
    String id = authorized(developer.accessToken())
        .body(Map.of("name", "Test integration", "redirectUris", List.of(REDIRECT), "scopes", scopes, "type", "public"))
        .post("/api/v1/oauth/clients").then().statusCode(201)
        .body("data.clientSecret", equalTo(null)).extract().path("data.clientId");
    return new Client(id);
  }

  private static Response authorize(
      String clientId, String redirect, String scope, String state, String challenge, String method) {
    RequestSpecification spec = given().baseUri(base()).config(noRedirects())
        .queryParam("response_type", "code").queryParam("client_id", clientId).queryParam("redirect_uri", redirect)
        .queryParam("scope", scope).queryParam("state", state);
    if (challenge != null) {
      spec = spec.queryParam("code_challenge", challenge);
    }
    if (method != null) {
      spec = spec.queryParam("code_challenge_method", method);
    }
    return spec.get("/api/v1/oauth/authorize");
  }

  private static Response consent(String handle, String decision, String email, String password) {
    RequestSpecification spec = given().baseUri(base()).config(noRedirects()).contentType(ContentType.URLENC)
        .formParam("request", handle).formParam("decision", decision);
    if (email != null) {
      spec = spec.formParam("email", email).formParam("password", password);
    }
    return spec.post("/api/v1/oauth/authorize");
  }

  private static String approvedCode(ApiClient.Session user, String clientId, String scope, Pkce pkce) {
    Response page = authorize(clientId, REDIRECT, scope, "s", pkce.challenge(), "S256");
    page.then().statusCode(200);
    Response approved = consent(handleOf(page.asString()), "approve", user.email(), ApiClient.PASSWORD);
    approved.then().statusCode(303);
    return queryOf(approved.header("Location"), REDIRECT).get("code");
  }

  private static Response exchange(String clientId, String code, String redirect, String verifier) {
    return form().formParam("grant_type", "authorization_code").formParam("code", code)
        .formParam("redirect_uri", redirect).formParam("client_id", clientId).formParam("code_verifier", verifier)
        .post("/api/v1/oauth/token");
  }

  private static Response refresh(String clientId, String refreshToken, String scope) {
    RequestSpecification spec = form().formParam("grant_type", "refresh_token").formParam("refresh_token", refreshToken)
        .formParam("client_id", clientId);
    if (scope != null) {
      spec = spec.formParam("scope", scope);
    }
    return spec.post("/api/v1/oauth/token");
  }

  private static RequestSpecification form() {
    return given().baseUri(base()).contentType(ContentType.URLENC);
  }

  private static String handleOf(String html) {
    Matcher matcher = HANDLE.matcher(html);
    assertTrue(matcher.find(), "a consent form: " + html);
    return matcher.group(1);
  }

  /** The redirect's query parameters, after checking it goes exactly where it must. */
  private static Map<String, String> queryOf(String location, String expectedBase) {
    assertNotNull(location, "a redirect");
    URI uri = URI.create(location);
    assertEquals(expectedBase, location.substring(0, location.indexOf('?')), "redirected to the registered URI");
    assertNull(uri.getRawFragment(), "nothing in a fragment");
    Map<String, String> query = new LinkedHashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      query.put(java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return query;
  }

  private static JsonPath claimsOf(String jwt) {
    return JsonPath.from(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
  }

  private static String createTransaction(ApiClient.Session user, String amount, String merchant) {
    return authorized(user.accessToken()).body(transaction(amount, merchant)).post("/api/v1/transactions")
        .then().statusCode(201).extract().path("data.id");
  }

  private static Map<String, Object> transaction(String amount, String merchant) {
    Map<String, Object> body = new HashMap<>();
    body.put("amount", amount);
    body.put("currency", "USD");
    body.put("date", LocalDate.now(ZoneOffset.UTC).toString());
    body.put("merchantName", merchant);
    return body;
  }

  private static org.hamcrest.Matcher<String> containsHtml() {
    return org.hamcrest.Matchers.containsString("text/html");
  }

  private static RestAssuredConfig noRedirects() {
    return RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false));
  }

  private static String base() {
    return IntegrationEnvironment.get().systemBaseUri().toString();
  }
}

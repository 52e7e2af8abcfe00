package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.PASSWORD;
import static com.duskspendr.web.blackbox.ApiClient.authorized;
import static com.duskspendr.web.blackbox.ApiClient.login;
import static com.duskspendr.web.blackbox.ApiClient.request;
import static com.duskspendr.web.blackbox.ApiClient.signedInUser;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  // 2. Control characters and lone surrogates: 400 with the field, by one rule for every text input

  private static void invalid(Response response, String field) {
    response.then().statusCode(400).body("error.code", equalTo("VALIDATION_ERROR"))
        .body("error.details.field", org.hamcrest.Matchers.hasItem(field));
  }

  @Test
  void controlCharactersAreAValidationErrorNamingTheField() {
    invalid(request().body("{\"email\":\"a\\u0000@example.com\",\"password\":\"whatever whatever\"}")
        .post("/api/v1/auth/login"), "email");
    ApiClient.Session user = signedInUser();
    invalid(authorized(user.accessToken()).body("{\"merchantName\":\"\\u0000\",\"amount\":\"-3.50\"}")
        .post("/api/v1/ai/categorize"), "merchantName");
    invalid(authorized(user.accessToken()).body("{\"items\":[{\"merchantName\":\"Cafe\",\"amount\":1},"
        + "{\"merchantName\":\"\\u001b[2J\",\"amount\":1}]}").post("/api/v1/ai/categorize/batch"), "items[1].merchantName");
    invalid(authorized(user.accessToken()).body("{\"amount\":\"-3.50\",\"date\":\"2026-01-02\",\"merchantName\":\"\\ud800x\"}")
        .post("/api/v1/transactions"), "merchantName");
    invalid(authorized(user.accessToken()).queryParam("q", "caf\u0000").get("/api/v1/transactions"), "q");
    // tab and newline stay allowed where free text is
    authorized(user.accessToken()).body("{\"amount\":\"-3.50\",\"date\":\"2026-01-02\",\"notes\":\"two\\nlines\\tand a tab\"}")
        .post("/api/v1/transactions").then().statusCode(201);
  }

  @Test
  void aPushedChangeWithAControlCharacterIsRejectedNotAnError() {
    ApiClient.Session user = signedInUser();
    String body = "{\"changes\":[{\"entity\":\"rule\",\"op\":\"upsert\",\"id\":\"" + UUID.randomUUID()
        + "\",\"data\":{\"pattern\":\"mine\",\"matchType\":\"exact\",\"categoryId\":\"a\\u0000\"}}]}";
    invalid(authorized(user.accessToken()).body(body).post("/api/v1/sync/push"), "changes[0].data.categoryId");
  }

  // 6. Query parameters JAX-RS cannot convert are the client's mistake, not a missing resource

  @Test
  void aMalformedSyncLimitIsAValidationError() {
    ApiClient.Session user = signedInUser();
    for (String limit : List.of("abc", "1.5", "2147483648", "\u0663", "0", "501")) {
      invalid(authorized(user.accessToken()).queryParam("limit", limit).get("/api/v1/sync/changes"), "limit");
    }
    authorized(user.accessToken()).queryParam("limit", "500").get("/api/v1/sync/changes").then().statusCode(200);
  }

  private static void envelopedAs(Response response, int status, String code) {
    response.then().statusCode(status).contentType("application/json")
        .header("X-Request-Id", org.hamcrest.Matchers.notNullValue())
        .body("success", equalTo(false)).body("error.code", equalTo(code));
  }

  @Test
  void anOverlongRequestLineOrHeaderIsAnsweredInTheEnvelope() {
    ApiClient.Session user = signedInUser();
    envelopedAs(authorized(user.accessToken()).queryParam("q", "a".repeat(9000)).get("/api/v1/transactions"),
        414, "URI_TOO_LONG");
    envelopedAs(authorized(user.accessToken()).header("X-Filler", "a".repeat(17_000)).get("/api/v1/users/me"),
        431, "HEADERS_TOO_LARGE");
    // below the limits the same requests are served
    authorized(user.accessToken()).queryParam("pad", "a".repeat(7000)).get("/api/v1/users/me").then().statusCode(200);
    authorized(user.accessToken()).header("X-Filler", "a".repeat(7000)).get("/api/v1/users/me").then().statusCode(200);
  }

  @Test
  void traceIsRefusedInTheEnvelopeAndEchoesNothing() {
    for (String path : List.of("/api/v1/users/me", "/health/ready", "/openapi", "/no/such/path")) {
      Response response = request().header("Authorization", "Bearer echo-me-if-you-can").request("TRACE", path);
      envelopedAs(response, 405, "METHOD_NOT_ALLOWED");
      assertTrue(!response.asString().contains("echo-me-if-you-can"), path + ": " + response.asString());
    }
  }

  /**
   * What Payara's HTTP layer refuses before any application code runs (Grizzly's URI decoder: a null byte or a
   * backslash in the path) cannot be enveloped by us; it must still be the client's error and leak nothing.
   */
  @Test
  void aNullByteOrBackslashInThePathIsABareBadRequestThatLeaksNothing() throws Exception {
    java.net.URI base = com.duskspendr.web.it.IntegrationEnvironment.get().systemBaseUri();
    for (String path : List.of("/api/v1/users/%00me", "/api/v1/users\\me")) {
      try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
        socket.setSoTimeout(10_000);
        socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
        String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        assertTrue(answer.startsWith("HTTP/1.1 400 "), path + ": " + answer);
        assertTrue(!answer.contains("Payara") && !answer.contains("Exception") && !answer.contains("<html"), answer);
      }
    }
  }

  // 7. Quirks

  @Test
  void duplicateJsonKeysAreRejected() {
    invalid(request().body("{\"email\":\"a@example.com\",\"email\":\"b@example.com\",\"password\":\"x\"}")
        .post("/api/v1/auth/login"), "email");
    ApiClient.Session user = signedInUser();
    invalid(authorized(user.accessToken())
        .body("{\"amount\":\"-1.00\",\"date\":\"2026-01-02\",\"amount\":\"-1000.00\"}")
        .post("/api/v1/transactions"), "amount");
  }

  @Test
  void amountsTakeAsciiDigitsOnlyAndVersionsNumbersOnly() {
    ApiClient.Session user = signedInUser();
    invalid(authorized(user.accessToken()).body(Map.of("amount", "\u0663", "date", "2026-01-02"))
        .post("/api/v1/transactions"), "amount");
    invalid(authorized(user.accessToken()).body(Map.of("amount", "-\u0663.00", "date", "2026-01-02"))
        .post("/api/v1/transactions"), "amount");
    authorized(user.accessToken()).body(Map.of("amount", "-3.00", "date", "2026-01-02"))
        .post("/api/v1/transactions").then().statusCode(201);

    Map<String, Object> change = new HashMap<>();
    change.put("entity", "rule");
    change.put("op", "delete");
    change.put("id", UUID.randomUUID().toString());
    change.put("baseVersion", "1");
    invalid(authorized(user.accessToken()).body(Map.of("changes", List.of(change))).post("/api/v1/sync/push"),
        "changes.baseVersion");
  }

  // 4. Throttling per (account, address), and a slower per-account delay

  /** The same server reached over IPv6 loopback: another client address than 127.0.0.1. */
  private static io.restassured.specification.RequestSpecification fromOtherAddress() {
    int port = com.duskspendr.web.it.IntegrationEnvironment.get().systemBaseUri().getPort();
    return io.restassured.RestAssured.given().baseUri("http://[::1]:" + port)
        .contentType(io.restassured.http.ContentType.JSON);
  }

  private static Response loginFrom(io.restassured.specification.RequestSpecification client, String email, String password) {
    return client.body(Map.of("email", email, "password", password)).post("/api/v1/auth/login");
  }

  @Test
  void anAttackerCannotLockTheOwnerOut() {
    ApiClient.Session owner = signedInUser();
    for (int attempt = 0; attempt < 5; attempt++) {
      loginFrom(fromOtherAddress(), owner.email(), "wrong password " + attempt).then().statusCode(401);
    }
    loginFrom(fromOtherAddress(), owner.email(), PASSWORD).then().statusCode(429)
        .header("Retry-After", org.hamcrest.Matchers.notNullValue()).body("error.code", equalTo("RATE_LIMITED"));

    login(owner.email(), PASSWORD, null).then().statusCode(200);
  }

  @Test
  void failuresFromEveryAddressSlowTheAccountDownForSecondsOnly() throws InterruptedException {
    ApiClient.Session owner = signedInUser();
    int spread = com.duskspendr.web.it.IntegrationEnvironment.ACCOUNT_DELAY_AFTER;
    for (int attempt = 0; attempt < spread; attempt++) {
      var client = attempt % 2 == 0 ? fromOtherAddress() : request();
      loginFrom(client, owner.email(), "wrong password " + attempt).then().statusCode(401);
    }
    Response slowed = login(owner.email(), PASSWORD, null);
    slowed.then().statusCode(429).body("error.code", equalTo("RATE_LIMITED"));
    int wait = Integer.parseInt(slowed.header("Retry-After"));
    org.junit.jupiter.api.Assertions.assertTrue(wait >= 1 && wait <= 2, "a short delay, not a lockout: " + wait);

    Thread.sleep(wait * 1000L + 200);
    login(owner.email(), PASSWORD, null).then().statusCode(200);
  }

  // 5. Headers and disclosure

  @Test
  void answersCarryTheSecurityHeadersAndNoServerName() {
    ApiClient.Session user = signedInUser();
    Response me = authorized(user.accessToken()).get("/api/v1/users/me");
    me.then().statusCode(200).header("Cache-Control", org.hamcrest.Matchers.containsString("no-store"))
        .header("X-Content-Type-Options", "nosniff");
    org.junit.jupiter.api.Assertions.assertNull(me.header("Server"), "no Server header");
    org.junit.jupiter.api.Assertions.assertNull(me.header("X-Powered-By"));
    request().get("/api/v1/no-such-thing").then().statusCode(404).header("X-Content-Type-Options", "nosniff");
    request().get("/api/docs").then().statusCode(200)
        .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self' 'sha256-"))
        .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'"));
  }

  @Test
  void noWadlAndNoOpenMetrics() {
    request().get("/api/application.wadl").then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
    Response options = request().header("Host", "evil.example").options("/api/v1/auth/login");
    org.junit.jupiter.api.Assertions.assertFalse(options.asString().contains("Jersey"), options.asString());
    org.junit.jupiter.api.Assertions.assertFalse(options.asString().contains("evil.example"));
    Response metrics = request().get("/metrics");
    org.junit.jupiter.api.Assertions.assertTrue(List.of(401, 403, 404).contains(metrics.statusCode()),
        "metrics not served to anyone: " + metrics.statusCode());
    org.junit.jupiter.api.Assertions.assertFalse(metrics.asString().contains("base_"), "no metric values");
  }

  @Test
  void locationNeverEchoesTheHostHeader() {
    ApiClient.Session user = signedInUser();
    Response created = authorized(user.accessToken()).header("Host", "evil.example")
        .body(Map.of("amount", "-3.00", "date", "2026-01-02")).post("/api/v1/transactions");
    created.then().statusCode(201);
    org.junit.jupiter.api.Assertions.assertFalse(created.header("Location").contains("evil.example"), created.header("Location"));
    org.junit.jupiter.api.Assertions.assertTrue(created.header("Location").endsWith("/api/v1/transactions/" + created.path("data.id")));
  }

  // 3. Registration without enumeration, and email verification

  @Test
  void registeringAnExistingAddressAnswersExactlyLikeANewOneAndChangesNothing() {
    ApiClient.Session owner = signedInUser();
    String fresh = ApiClient.newEmail();

    Response again = ApiClient.register(owner.email().toUpperCase(), "an attacker's own passphrase 7");
    Response anew = ApiClient.register(fresh.toUpperCase(), "an attacker's own passphrase 7");
    again.then().statusCode(202);
    anew.then().statusCode(202);
    assertEquals(anew.jsonPath().getMap("data").keySet(), again.jsonPath().getMap("data").keySet());
    assertEquals((Object) anew.path("data.status"), again.path("data.status"));

    // the owner's account is untouched, and the attacker cannot sign in with their password
    login(owner.email(), PASSWORD, null).then().statusCode(200);
    login(owner.email(), "an attacker's own passphrase 7", null).then().statusCode(401);
  }

  @Test
  void theMailedTokenVerifiesTheAddressOnce() throws Exception {
    String email = ApiClient.newEmail();
    ApiClient.register(email, PASSWORD).then().statusCode(202);
    String token = mailedToken(email);

    request().body(Map.of("token", token)).post("/api/v1/auth/verify-email").then().statusCode(204);
    request().body(Map.of("token", token)).post("/api/v1/auth/verify-email").then().statusCode(400)
        .body("error.code", equalTo("VALIDATION_ERROR"));
    request().body(Map.of("token", "made-up")).post("/api/v1/auth/verify-email").then().statusCode(400);
  }

  /** The token in the verification link of the mail the test's SMTP server received. */
  private static String mailedToken(String email) throws Exception {
    var mail = Mailbox.await(email, 1, java.time.Duration.ofSeconds(60)).get(0);
    assertEquals("Confirm your DuskSpendr address", mail.getSubject());
    java.util.regex.Matcher found =
        java.util.regex.Pattern.compile("#token=([A-Za-z0-9_%-]+)").matcher(Mailbox.part(mail, "text/plain"));
    if (!found.find()) {
      throw new AssertionError("no verification link in the mail to " + email);
    }
    assertTrue(Mailbox.part(mail, "text/html").contains("#token=" + found.group(1)));
    return java.net.URLDecoder.decode(found.group(1), java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void aPasswordEasyToGuessIsRefusedWithTheReason() {
    for (String weak : List.of("aaaaaaaaaa", "1234567890ab", "k7k7k7k7k7k7")) {
      ApiClient.register(ApiClient.newEmail(), weak).then().statusCode(400).body("error.code", equalTo("VALIDATION_ERROR"))
          .body("error.details.field", org.hamcrest.Matchers.hasItem("password"))
          .body("error.details.issue", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("The password is too easy to guess")));
    }
  }
}

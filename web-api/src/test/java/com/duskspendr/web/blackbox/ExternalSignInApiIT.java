package com.duskspendr.web.blackbox;

import static com.duskspendr.web.blackbox.ApiClient.authorized;
import static com.duskspendr.web.blackbox.ApiClient.request;
import static com.duskspendr.web.blackbox.ApiClient.signedInUser;
import static com.duskspendr.web.blackbox.ApiClient.subjectOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.web.it.IntegrationEnvironment;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.Test;

/**
 * Sign-in with an external OpenID Connect provider as the mobile app does it, against the running system
 * and a real local issuer (mock-oauth2-server: discovery, JWKS, RS256 ID tokens): ask for a nonce, get an ID
 * token carrying it from the provider, hand it over. Every way an ID token can be wrong is refused, and no
 * provider account takes over an existing account by its email.
 */
class ExternalSignInApiIT {

  private static final String PROVIDER = IntegrationEnvironment.OIDC_PROVIDER;
  private static final String OIDC = "/api/v1/auth/oidc/";

  @Test
  void theAppFindsTheProviderItMayOffer() {
    Response providers = request().get(OIDC + "providers");
    providers.then().statusCode(200);
    assertEquals(List.of(PROVIDER), providers.path("data.name"));
    assertEquals(IntegrationEnvironment.get().oidcIssuer(), providers.path("data[0].issuer"));
    assertEquals(IntegrationEnvironment.OIDC_CLIENT_ID, providers.path("data[0].clientId"));
    assertEquals("Local ID", providers.path("data[0].displayName"));
    request().post(OIDC + "nowhere/challenge").then().statusCode(404).body("error.code", org.hamcrest.Matchers.equalTo("NOT_FOUND"));
  }

  @Test
  void aNewUserSignsUpWithTheProviderAndComesBackToTheSameAccount() {
    String subject = "sub-" + UUID.randomUUID();
    String email = ApiClient.newEmail();
    Response first = signIn(idToken(subject, email, true, challenge()));
    first.then().statusCode(200).header("Cache-Control", org.hamcrest.Matchers.containsString("no-store"));
    String accessToken = first.path("data.accessToken");
    authorized(accessToken).get("/api/v1/users/me").then().statusCode(200)
        .body("data.email", org.hamcrest.Matchers.equalTo(email));

    Response again = signIn(idToken(subject, email, true, challenge()));
    again.then().statusCode(200);
    assertEquals(subjectOf(accessToken), subjectOf(again.path("data.accessToken")), "the same account");

    Response links = authorized(accessToken).get(OIDC + "links");
    links.then().statusCode(200);
    assertEquals(List.of(PROVIDER), links.path("data.provider"));
    // The account was opened with this identity and knows no password: unlinking it would lock its owner out.
    authorized(accessToken).delete(OIDC + "links/" + links.path("data[0].id")).then().statusCode(409);
    // The refresh token is an ordinary session's.
    request().body(Map.of("refreshToken", again.path("data.refreshToken"))).post("/api/v1/auth/refresh")
        .then().statusCode(200);
  }

  @Test
  void everyWrongIdTokenIsRefusedAndSpendsNoNonce() {
    MockOAuth2Server issuer = IntegrationEnvironment.get().identityProvider();
    String subject = "sub-" + UUID.randomUUID();
    String email = ApiClient.newEmail();

    String nonce = challenge();
    String otherAudience = issuer.issueToken(IntegrationEnvironment.OIDC_ISSUER_ID, subject, "someone-else",
        claims(email, true, nonce), 300).serialize();
    assertRefused(signIn(otherAudience), "another client's token");
    String otherIssuer = issuer.issueToken("elsewhere", subject, IntegrationEnvironment.OIDC_CLIENT_ID,
        claims(email, true, nonce), 300).serialize();
    assertRefused(signIn(otherIssuer), "another issuer's token");
    String expired = issuer.issueToken(IntegrationEnvironment.OIDC_ISSUER_ID, subject,
        IntegrationEnvironment.OIDC_CLIENT_ID, claims(email, true, nonce), -600).serialize();
    assertRefused(signIn(expired), "an expired token");
    String[] parts = idToken(subject, email, true, nonce).split("\\.");
    String forgedClaims = Base64URL.encode(new JWTClaimsSet.Builder(claimsSet(parts[1])).subject("someone-else").build()
        .toString()).toString();
    assertRefused(signIn(parts[0] + "." + forgedClaims + "." + parts[2]), "claims changed after signing");
    String unsigned = new PlainJWT(claimsSet(parts[1])).serialize();
    assertRefused(signIn(unsigned), "an unsigned token (alg none)");
    assertRefused(signIn("not.a.jwt"), "garbage");
    assertRefused(signIn(idToken(subject, email, true, null)), "a token without nonce");
    assertRefused(signIn(idToken(subject, email, true, "a-nonce-we-never-issued")), "a nonce we never issued");

    // None of the refusals spent the nonce; the right token does, once.
    String valid = idToken(subject, email, true, nonce);
    signIn(valid).then().statusCode(200);
    assertRefused(signIn(valid), "the same token again (replay)");

    request().body(Map.of("idToken", "")).post(OIDC + PROVIDER + "/login").then().statusCode(400)
        .body("error.code", org.hamcrest.Matchers.equalTo("VALIDATION_ERROR"));
    request().body(Map.of("idToken", "x".repeat(20_000))).post(OIDC + PROVIDER + "/login").then().statusCode(400);
  }

  @Test
  void anExistingAccountIsNeverTakenOverByEmailButItsOwnerLinksTheProvider() {
    ApiClient.Session owner = signedInUser();
    String subject = "sub-" + UUID.randomUUID();

    Response byEmail = signIn(idToken(subject, owner.email(), true, challenge()));
    byEmail.then().statusCode(409).body("error.code", org.hamcrest.Matchers.equalTo("CONFLICT"));
    assertTrue(byEmail.<String>path("error.message").contains("link"), "says how to link");

    Response link = authorized(owner.accessToken()).body(Map.of("idToken", idToken(subject, owner.email(), true, challenge())))
        .post(OIDC + PROVIDER + "/links");
    link.then().statusCode(200).body("data.provider", org.hamcrest.Matchers.equalTo(PROVIDER));
    Response signedIn = signIn(idToken(subject, owner.email(), true, challenge()));
    signedIn.then().statusCode(200);
    assertEquals(owner.userId(), subjectOf(signedIn.path("data.accessToken")), "the linked account");

    ApiClient.Session intruder = signedInUser();
    authorized(intruder.accessToken()).body(Map.of("idToken", idToken(subject, owner.email(), true, challenge())))
        .post(OIDC + PROVIDER + "/links").then().statusCode(409);
    authorized(intruder.accessToken()).delete(OIDC + "links/" + link.path("data.id")).then().statusCode(404);
    assertEquals(List.of(), authorized(intruder.accessToken()).get(OIDC + "links").path("data"));

    // The owner has a password: unlinking is allowed, and the identity no longer signs in to the account.
    authorized(owner.accessToken()).delete(OIDC + "links/" + link.path("data.id")).then().statusCode(204);
    signIn(idToken(subject, owner.email(), true, challenge())).then().statusCode(409);
    authorized(owner.accessToken()).delete(OIDC + "links/not-an-id").then().statusCode(404);
  }

  @Test
  void anAccountOpenedThroughTheProviderDeletesItselfWithAFreshIdTokenOfItsOwnIdentityOnly() {
    String subject = "sub-" + UUID.randomUUID();
    String email = ApiClient.newEmail();
    String accessToken = signIn(idToken(subject, email, true, challenge())).then().statusCode(200)
        .extract().path("data.accessToken");

    // Its password is one nobody knows; another identity's token, or one without our nonce, proves nothing.
    authorized(accessToken).body(Map.of("password", "a guess at the unknown password")).delete("/api/v1/users/me")
        .then().statusCode(401);
    String strangerNonce = challenge();
    assertRefused(deleteMe(accessToken, idToken("sub-" + UUID.randomUUID(), ApiClient.newEmail(), true, strangerNonce)),
        "another identity's token");
    assertRefused(deleteMe(accessToken, idToken(subject, email, true, null)), "a token without a nonce");
    authorized(accessToken).body(Map.of("provider", PROVIDER)).delete("/api/v1/users/me").then().statusCode(400)
        .body("error.code", org.hamcrest.Matchers.equalTo("VALIDATION_ERROR"));
    authorized(accessToken).get("/api/v1/users/me").then().statusCode(200);

    // The refused stranger's token spent nothing: its nonce still serves the real owner's proof.
    deleteMe(accessToken, idToken(subject, email, true, strangerNonce)).then().statusCode(204);
    authorized(accessToken).get("/api/v1/users/me").then().statusCode(401);
    // The identity is free again: signing in with it opens a new, empty account.
    String reopened = signIn(idToken(subject, email, true, challenge())).then().statusCode(200)
        .extract().path("data.accessToken");
    assertTrue(!subjectOf(reopened).equals(subjectOf(accessToken)), "a new account");
  }

  @Test
  void anEmailTheProviderDoesNotVouchForOpensNoAccount() {
    String email = ApiClient.newEmail();
    Response unverified = signIn(idToken("sub-" + UUID.randomUUID(), email, false, challenge()));
    unverified.then().statusCode(400).body("error.details[0].field", org.hamcrest.Matchers.equalTo("idToken"));
    ApiClient.login(email, ApiClient.PASSWORD, null).then().statusCode(401);
  }

  private static void assertRefused(Response response, String what) {
    assertEquals(401, response.statusCode(), what + ": " + response.asString());
    assertEquals("UNAUTHORIZED", response.path("error.code"), what);
    assertNotNull(response.<String>path("meta.requestId"), what + " is enveloped");
  }

  private static String challenge() {
    Response challenge = request().post(OIDC + PROVIDER + "/challenge");
    challenge.then().statusCode(200);
    return challenge.path("data.nonce");
  }

  /** Links a new identity of the provider to the user's account; the link's id. */
  static String linkProvider(ApiClient.Session user) {
    String idToken = idToken("sub-" + UUID.randomUUID(), user.email(), true, challenge());
    return authorized(user.accessToken()).body(Map.of("idToken", idToken)).post(OIDC + PROVIDER + "/links")
        .then().statusCode(200).extract().path("data.id");
  }

  private static Response deleteMe(String accessToken, String idToken) {
    return authorized(accessToken).body(Map.of("provider", PROVIDER, "idToken", idToken)).delete("/api/v1/users/me");
  }

  private static Response signIn(String idToken) {
    return request().body(Map.of("idToken", idToken, "deviceName", "Test phone")).post(OIDC + PROVIDER + "/login");
  }

  /** An ID token as the provider issues it to our app, after the user signed in there. */
  private static String idToken(String subject, String email, boolean emailVerified, String nonce) {
    return IntegrationEnvironment.get().identityProvider()
        .issueToken(IntegrationEnvironment.OIDC_ISSUER_ID, subject, IntegrationEnvironment.OIDC_CLIENT_ID,
            claims(email, emailVerified, nonce), 300)
        .serialize();
  }

  private static Map<String, Object> claims(String email, boolean emailVerified, String nonce) {
    Map<String, Object> claims = new HashMap<>(Map.of("email", email, "email_verified", emailVerified, "name", "Ana"));
    if (nonce != null) {
      claims.put("nonce", nonce);
    }
    return claims;
  }

  private static JWTClaimsSet claimsSet(String encodedPayload) {
    try {
      return JWTClaimsSet.parse(new Base64URL(encodedPayload).decodeToString());
    } catch (java.text.ParseException e) {
      throw new IllegalStateException(e);
    }
  }
}

package com.duskspendr.web.oauth;

import com.duskspendr.auth.boundary.AccountService;
import com.duskspendr.auth.boundary.Credentials;
import com.duskspendr.auth.boundary.InvalidCredentialsException;
import com.duskspendr.auth.boundary.LoginThrottledException;
import com.duskspendr.auth.oauth.boundary.AuthorizationServer;
import com.duskspendr.auth.oauth.boundary.AuthorizationStep;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.web.auth.ClientInfos;
import com.duskspendr.web.request.PublicLocations;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The OAuth 2.0 endpoints a browser and a client call: authorization (with the consent page), token,
 * revocation, introspection. They speak OAuth, not our envelope: an OAuth client library expects RFC 6749's
 * {@code {error, error_description}} and redirects, and that is what they answer.
 *
 * <p>The consent page authenticates the user with a sign-in form of its own (email and password, throttled
 * like every login) instead of a cookie: the API has no cookies to steal or ride, a forged form cannot
 * approve without the password, and the form's only other field is the pending request's single-use handle.
 */
@Path("v1/oauth")
@RequestScoped
@Tag(name = "OAuth", description = "OAuth 2.0 authorization server (authorization code + PKCE, client credentials)")
public class AuthorizationResource {

  @Inject AuthorizationServer server;
  @Inject AccountService accounts;

  @GET
  @Path("authorize")
  @PermitAll
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "Authorization endpoint (RFC 6749 4.1, PKCE S256): the consent page",
      description = "response_type=code, client_id, redirect_uri (exactly as registered), scope, state, code_challenge with"
          + " code_challenge_method=S256 (required for public clients). An unknown client or redirect URI stops on our page;"
          + " other errors go back to the redirect URI with error and state.")
  @APIResponse(responseCode = "200", description = "The consent page (HTML)")
  @APIResponse(responseCode = "303", description = "Back to the client with an error")
  @APIResponse(responseCode = "400", description = "An error page (HTML): unknown client or redirect URI")
  public Response authorize(@Context UriInfo uri, @Context ContainerRequestContext request) {
    return step(server.authorize(uri.getRequestUri()), request);
  }

  @POST
  @Path("authorize")
  @PermitAll
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "The consent form's answer: approve (signing in) or deny",
      description = "Fields: request (the page's handle), decision (approve or deny), email and password. Approval sends the"
          + " browser to the redirect URI with code, state and iss; denial with error=access_denied.")
  @APIResponse(responseCode = "303", description = "Back to the client")
  @APIResponse(responseCode = "401", description = "The consent page again: wrong email or password")
  public Response decide(@FormParam("request") String handle, @FormParam("decision") String decision,
      @FormParam("email") String email, @FormParam("password") String password,
      @Context HttpServletRequest http, @Context ContainerRequestContext request) {
    if (handle == null || handle.isBlank()) {
      return ConsentPage.refused("The form is incomplete. Start again from the application.");
    }
    if (!"approve".equals(decision)) {
      return step(server.decide(handle, null), request);
    }
    if (email == null || email.isBlank() || password == null || password.isEmpty()) {
      return again(handle, Response.Status.UNAUTHORIZED, "Enter your email and password.", request);
    }
    AccountId user;
    try {
      user = accounts.authenticate(new Credentials(email.strip(), password), ClientInfos.of(http, null));
    } catch (InvalidCredentialsException wrong) {
      return again(handle, Response.Status.UNAUTHORIZED, "Wrong email or password.", request);
    } catch (LoginThrottledException throttled) {
      return again(handle, Response.Status.TOO_MANY_REQUESTS,
          "Too many attempts. Try again in " + Math.max(1, throttled.retryAfter().toSeconds()) + " seconds.", request);
    }
    return step(server.decide(handle, user), request);
  }

  @POST
  @Path("token")
  @PermitAll
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Token endpoint (RFC 6749 3.2)",
      description = "grant_type authorization_code (code, redirect_uri, code_verifier), refresh_token (rotated; scope may"
          + " narrow, never widen) or client_credentials (confidential clients, their own resources only). Client"
          + " authentication: client_secret_basic or client_secret_post; public clients send client_id.")
  @APIResponse(responseCode = "200", description = "access_token (RS256 JWT with scope and azp), refresh_token, expires_in, scope")
  @APIResponse(responseCode = "400", description = "RFC 6749 5.2 error")
  @APIResponse(responseCode = "401", description = "invalid_client")
  public Response token(String body, @Context UriInfo uri, @Context HttpHeaders headers) {
    return ProtocolMessages.answer(uri, headers, body, server::token);
  }

  @POST
  @Path("revoke")
  @PermitAll
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Token revocation (RFC 7009)",
      description = "token (access or refresh) of the calling client; the whole grant is revoked. 200 for unknown tokens too.")
  @APIResponse(responseCode = "200", description = "Revoked (or nothing to revoke)")
  @APIResponse(responseCode = "401", description = "invalid_client")
  public Response revoke(String body, @Context UriInfo uri, @Context HttpHeaders headers) {
    return ProtocolMessages.answer(uri, headers, body, server::revoke);
  }

  @POST
  @Path("introspect")
  @PermitAll
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Token introspection (RFC 7662), confidential clients",
      description = "active with scope, client_id, sub, exp for the calling client's own live tokens; {active: false} otherwise.")
  @APIResponse(responseCode = "200", description = "The introspection answer")
  @APIResponse(responseCode = "401", description = "invalid_client")
  public Response introspect(String body, @Context UriInfo uri, @Context HttpHeaders headers) {
    return ProtocolMessages.answer(uri, headers, body, server::introspect);
  }

  private Response again(String handle, Response.Status status, String problem, ContainerRequestContext request) {
    AuthorizationStep step = server.prompt(handle);
    return step instanceof AuthorizationStep.Consent consent ? ConsentPage.ask(consent, status, problem) : step(step, request);
  }

  private static Response step(AuthorizationStep step, ContainerRequestContext request) {
    if (step instanceof AuthorizationStep.Consent consent) {
      return ConsentPage.ask(consent, Response.Status.OK, null);
    }
    if (step instanceof AuthorizationStep.Redirect redirect) {
      request.setProperty(PublicLocations.EXTERNAL_REDIRECT, Boolean.TRUE);
      return Response.seeOther(redirect.location()).header("Cache-Control", "no-store").build();
    }
    return ConsentPage.refused(((AuthorizationStep.Refused) step).reason());
  }
}

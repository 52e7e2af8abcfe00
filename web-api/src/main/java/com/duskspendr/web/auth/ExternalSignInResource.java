package com.duskspendr.web.auth;

import com.duskspendr.auth.oidc.boundary.ExternalSignIn;
import com.duskspendr.platform.failure.RecordNotFoundException;
import com.duskspendr.web.api.ApiDocs;
import com.duskspendr.web.api.ApiResponses;
import com.duskspendr.web.api.RecordIds;
import com.duskspendr.web.api.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sign-in with an external OpenID Connect provider, and the caller's linked identities:
 * {@code /api/v1/auth/oidc}. Thin: validate, delegate to {@link ExternalSignIn}.
 */
@Path("v1/auth/oidc")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Auth", description = "Accounts, tokens and device sessions")
public class ExternalSignInResource {

  @Inject ExternalSignIn signIn;
  @Inject Caller caller;

  @GET
  @Path("providers")
  @PermitAll
  @Operation(summary = "The identity providers users may sign in with", description = "Empty when none is configured.")
  @APIResponse(responseCode = "200", description = "The providers",
      content = @Content(schema = @Schema(implementation = AuthSchemas.ProvidersEnvelope.class)))
  public Response providers() {
    return ApiResponses.ok(signIn.providers().stream().map(ExternalSignInResponses.Provider::from).toList());
  }

  @POST
  @Path("{provider}/challenge")
  @PermitAll
  @Operation(summary = "Start a sign-in or link with a provider",
      description = "A single-use nonce, valid for duskspendr.oidc.nonce-ttl (10 minutes): the app sends it in the"
          + " provider's authorization request (code flow with PKCE in the system browser) and brings back the ID"
          + " token that carries it.")
  @APIResponse(responseCode = "200", description = "The nonce and the provider's issuer and client id",
      content = @Content(schema = @Schema(implementation = AuthSchemas.ChallengeEnvelope.class)))
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response challenge(@PathParam("provider") String provider) {
    return ApiResponses.ok(ExternalSignInResponses.Challenge.from(signIn.challenge(provider)));
  }

  @POST
  @Path("{provider}/login")
  @Consumes(MediaType.APPLICATION_JSON)
  @PermitAll
  @Operation(summary = "Sign in with a provider's ID token",
      description = "The token is checked against the provider's keys, issuer, audience (our client id), expiry and"
          + " the nonce from /challenge, which it spends. A linked identity signs in to its account. A new one opens"
          + " an account when the provider vouches for the email (email_verified) and no account has that email;"
          + " when one has, 409: sign in with the password and link the provider (nothing is linked by email).")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = IdTokenRequest.class)))
  @APIResponse(responseCode = "200", description = "A token pair",
      content = @Content(schema = @Schema(implementation = AuthSchemas.TokenEnvelope.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
  @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
  @APIResponse(responseCode = "503", ref = ApiDocs.SERVICE_UNAVAILABLE)
  public Response login(
      @PathParam("provider") String provider, @Valid @NotNull IdTokenRequest request, @Context HttpServletRequest http) {
    return AuthResource.tokens(signIn.signIn(provider, request.idToken(), ClientInfos.of(http, request.deviceName())));
  }

  @POST
  @Path("{provider}/links")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @SecurityRequirement(name = Roles.BEARER_SCHEME)
  @Operation(summary = "Link a provider identity to my account",
      description = "With an ID token carrying a nonce from /challenge; idempotent for an identity already mine.")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = IdTokenRequest.class)))
  @APIResponse(responseCode = "200", description = "The link",
      content = @Content(schema = @Schema(implementation = AuthSchemas.LinkEnvelope.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
  @APIResponse(responseCode = "503", ref = ApiDocs.SERVICE_UNAVAILABLE)
  public Response link(@PathParam("provider") String provider, @Valid @NotNull IdTokenRequest request) {
    return ApiResponses.ok(ExternalSignInResponses.Link.from(signIn.link(caller.accountId(), provider, request.idToken())));
  }

  @GET
  @Path("links")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @SecurityRequirement(name = Roles.BEARER_SCHEME)
  @Operation(summary = "List the provider identities linked to my account")
  @APIResponse(responseCode = "200", description = "The links",
      content = @Content(schema = @Schema(implementation = AuthSchemas.LinksEnvelope.class)))
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  public Response links() {
    return ApiResponses.ok(signIn.links(caller.accountId()).stream().map(ExternalSignInResponses.Link::from).toList());
  }

  /** A malformed id answers 404 like any id that is not one of the caller's links. */
  @DELETE
  @Path("links/{id}")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @SecurityRequirement(name = Roles.BEARER_SCHEME)
  @Operation(summary = "Unlink a provider identity from my account",
      description = "409 for the identity an account was opened with when it is the only one: the account would"
          + " have no way left to sign in.")
  @APIResponse(responseCode = "204", description = "Unlinked")
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
  public Response unlink(@PathParam("id") String id) {
    signIn.unlink(caller.accountId(), RecordIds.orNotFound(id, () -> new RecordNotFoundException("Linked identity")));
    return ApiResponses.noContent();
  }
}

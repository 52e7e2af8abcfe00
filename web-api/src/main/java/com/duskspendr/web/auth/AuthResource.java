package com.duskspendr.web.auth;

import com.duskspendr.web.api.RecordIds;
import com.duskspendr.auth.boundary.AccountService;
import com.duskspendr.auth.boundary.Credentials;
import com.duskspendr.auth.boundary.EmailAlreadyRegisteredException;
import com.duskspendr.auth.boundary.PublicKeys;
import com.duskspendr.auth.boundary.Registration;
import com.duskspendr.auth.boundary.SessionNotFoundException;
import com.duskspendr.auth.boundary.TokenPair;
import com.duskspendr.web.api.ApiDocs;
import com.duskspendr.web.api.ApiResponses;
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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accounts and sessions: {@code /api/v1/auth}. Thin: validate the DTO, convert, delegate to {@link AccountService}. */
@Path("v1/auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Auth", description = "Accounts, tokens and device sessions")
public class AuthResource {

  @Inject AccountService accounts;
  @Inject PublicKeys publicKeys;
  @Inject Caller caller;

  @POST
  @Path("register")
  @Consumes(MediaType.APPLICATION_JSON)
  @PermitAll
  @Operation(summary = "Open an account",
      description = "The same 202 whether or not the address already has an account (its owner is mailed instead):"
          + " the answer tells nobody who is registered. A new account can sign in at once; what it contributes to"
          + " other users waits until the link in the mail is followed (POST /auth/verify-email).")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RegisterRequest.class)))
  @APIResponse(responseCode = "202", description = "Check your email",
      content = @Content(schema = @Schema(implementation = AuthSchemas.RegistrationEnvelope.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response register(@Valid @NotNull RegisterRequest request) {
    try {
      accounts.register(new Registration(request.email(), request.password(), request.displayName()));
    } catch (EmailAlreadyRegisteredException concurrentTwin) {
      // Another registration of this address won a race: the same answer as for any existing address.
    }
    return ApiResponses.accepted(null, RegistrationResponse.sentTo(request.email().strip()));
  }

  @POST
  @Path("verify-email")
  @Consumes(MediaType.APPLICATION_JSON)
  @PermitAll
  @Operation(summary = "Prove an account's email address", description = "With the token from the verification mail; it works once.")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = VerifyEmailRequest.class)))
  @APIResponse(responseCode = "204", description = "Verified")
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response verifyEmail(@Valid @NotNull VerifyEmailRequest request) {
    accounts.verifyEmail(request.token());
    return ApiResponses.noContent();
  }

  @POST
  @Path("login")
  @Consumes(MediaType.APPLICATION_JSON)
  @PermitAll
  @Operation(summary = "Sign in", description = "Opens a device session; repeated failures are throttled per account and per address.")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = LoginRequest.class)))
  @APIResponse(responseCode = "200", description = "A token pair",
      content = @Content(schema = @Schema(implementation = AuthSchemas.TokenEnvelope.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
  @APIResponse(responseCode = "429", ref = ApiDocs.RATE_LIMITED)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response login(@Valid @NotNull LoginRequest request, @Context HttpServletRequest http) {
    TokenPair pair = accounts.login(
        new Credentials(request.email(), request.password()), ClientInfos.of(http, request.deviceName()));
    return tokens(pair);
  }

  @POST
  @Path("refresh")
  @Consumes(MediaType.APPLICATION_JSON)
  @PermitAll
  @Operation(summary = "Exchange a refresh token for a new token pair", description = "The old refresh token stops working; reusing it revokes the session.")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RefreshRequest.class)))
  @APIResponse(responseCode = "200", description = "A new token pair",
      content = @Content(schema = @Schema(implementation = AuthSchemas.TokenEnvelope.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response refresh(@Valid @NotNull RefreshRequest request, @Context HttpServletRequest http) {
    return tokens(accounts.refresh(request.refreshToken(), ClientInfos.of(http, request.deviceName())));
  }

  @POST
  @Path("logout")
  @Consumes(MediaType.APPLICATION_JSON)
  @PermitAll
  @Operation(summary = "End the session a refresh token belongs to", description = "Idempotent: an unknown token is accepted too.")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = LogoutRequest.class)))
  @APIResponse(responseCode = "204", description = "Signed out")
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response logout(@Valid @NotNull LogoutRequest request) {
    accounts.logout(request.refreshToken());
    return ApiResponses.noContent();
  }

  @GET
  @Path("sessions")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @SecurityRequirement(name = Roles.BEARER_SCHEME)
  @Operation(summary = "List my signed-in devices")
  @APIResponse(responseCode = "200", description = "The sessions, the caller's own marked current",
      content = @Content(schema = @Schema(implementation = AuthSchemas.SessionsEnvelope.class)))
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response sessions() {
    UUID current = caller.sessionId().orElse(null);
    List<SessionResponse> sessions = accounts.sessions(caller.accountId()).stream()
        .map(session -> SessionResponse.from(session, current))
        .toList();
    return ApiResponses.ok(sessions);
  }

  /** A malformed id answers 404 like any id that is not one of the caller's sessions: nothing is revealed either way. */
  @DELETE
  @Path("sessions/{id}")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @SecurityRequirement(name = Roles.BEARER_SCHEME)
  @Operation(summary = "Sign out one of my devices")
  @APIResponse(responseCode = "204", description = "Revoked")
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response revokeSession(@PathParam("id") String id) {
    accounts.revokeSession(caller.accountId(), sessionIdOf(id));
    return ApiResponses.noContent();
  }

  @GET
  @Path("jwks")
  @PermitAll
  @Operation(summary = "The public keys that verify access tokens (RFC 7517 JWK Set, not enveloped)")
  @APIResponse(responseCode = "200", description = "The JWK Set",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthSchemas.JwkSet.class)))
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response jwks() {
    return Response.ok(publicKeys.jwksJson(), MediaType.APPLICATION_JSON_TYPE)
        .header(HttpHeaders.CACHE_CONTROL, JwksServlet.CACHE_CONTROL)
        .build();
  }

  /** A token pair, never cached: every sign-in answers through here. */
  static Response tokens(TokenPair pair) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return ApiResponses.okBuilder(TokenResponse.from(pair)).cacheControl(noStore).build();
  }

  private static UUID sessionIdOf(String id) {
    return RecordIds.orNotFound(id, SessionNotFoundException::new);
  }
}

package com.duskspendr.web.admin;

import com.duskspendr.auth.boundary.AccountAdministration;
import com.duskspendr.auth.boundary.AccountSummary;
import com.duskspendr.auth.boundary.DeviceSession;
import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.platform.failure.RecordNotFoundException;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.web.api.ApiDocs;
import com.duskspendr.web.api.ApiResponses;
import com.duskspendr.web.api.RecordIds;
import com.duskspendr.web.api.Roles;
import com.duskspendr.web.ratelimit.RateBuckets;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Accounts for ops: search, view (auth data only: no password material, none of the user's finances), lock and
 * unlock, sessions, and a reset of the login throttle and rate limits. Everything goes through the auth
 * context's {@link AccountAdministration}.
 */
@Path("v1/admin/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@Tag(name = "Admin", description = "Operations (admins)")
public class AdminUsersResource {

  /** An account as the console shows it. */
  public record UserResponse(
      UUID id, String email, Set<String> roles, OffsetDateTime createdAt, boolean emailVerified, boolean locked,
      OffsetDateTime lockedAt, int activeSessions) {

    static UserResponse from(AccountSummary account) {
      return new UserResponse(account.id(), account.email(), account.roles(), account.createdAt(),
          account.emailVerified(), account.locked(), account.lockedAt(), account.activeSessions());
    }
  }

  /** The one field an admin changes on an account. */
  public record PatchUserRequest(@NotNull Boolean locked) {

    /** Declared explicitly, unannotated: see {@code LoginRequest} (Payara's OpenAPI scanner fails otherwise). */
    public PatchUserRequest(Boolean locked) {
      this.locked = locked;
    }
  }

  @Inject AccountAdministration accounts;
  @Inject RateBuckets rateBuckets;

  @GET
  @Operation(summary = "Search accounts by email fragment", description = "q: part of the address (at least 1 "
      + "character, at most 320); offset (default 0) and limit (1 to 100, default 20).")
  @APIResponse(responseCode = "200", description = "The accounts, in email order")
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  public Response search(
      @QueryParam("q") String q, @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
    if (q == null || q.isBlank() || q.length() > 320) {
      throw InvalidInputException.of("q", "give 1 to 320 characters of the email address");
    }
    return ApiResponses.ok(accounts.search(q, Paging.number("offset", offset, 0, 0, 1_000_000),
        Paging.number("limit", limit, 20, 1, 100)).stream().map(UserResponse::from).toList());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One account")
  @APIResponse(responseCode = "200", description = "The account")
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response view(@PathParam("id") String id) {
    return ApiResponses.ok(UserResponse.from(accounts.view(accountId(id))));
  }

  @PATCH
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Lock or unlock an account", description = "{\"locked\": true} refuses its logins and "
      + "refreshes and revokes every session, so its access tokens stop working at once; false lets it sign in again.")
  @APIResponse(responseCode = "200", description = "The account")
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response patch(@PathParam("id") String id, @jakarta.validation.Valid @NotNull PatchUserRequest request) {
    AccountId account = accountId(id);
    return ApiResponses.ok(UserResponse.from(request.locked() ? accounts.lock(account) : accounts.unlock(account)));
  }

  @GET
  @Path("{id}/sessions")
  @Operation(summary = "An account's open sessions (devices and OAuth grants)")
  @APIResponse(responseCode = "200", description = "The sessions")
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response sessions(@PathParam("id") String id) {
    List<DeviceSession> sessions = accounts.sessions(accountId(id));
    return ApiResponses.ok(sessions);
  }

  @DELETE
  @Path("{id}/sessions/{sessionId}")
  @Operation(summary = "Revoke one session of an account", description = "Its access tokens stop working at once.")
  @APIResponse(responseCode = "204", description = "Revoked")
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response revokeSession(@PathParam("id") String id, @PathParam("sessionId") String sessionId) {
    accounts.revokeSession(accountId(id),
        RecordIds.orNotFound(sessionId, () -> new RecordNotFoundException("Session")));
    return ApiResponses.noContent();
  }

  @POST
  @Path("{id}/throttling/reset")
  @Operation(summary = "Reset an account's login throttle and rate limits",
      description = "Its failed-login counters are forgotten and its rate-limit budgets start full, on every instance.")
  @APIResponse(responseCode = "204", description = "Reset")
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response resetThrottling(@PathParam("id") String id) {
    AccountId account = accountId(id);
    accounts.resetThrottling(account);
    rateBuckets.forgetAccount(account);
    return ApiResponses.noContent();
  }

  private static AccountId accountId(String id) {
    return new AccountId(RecordIds.orNotFound(id, () -> new RecordNotFoundException("User")));
  }
}

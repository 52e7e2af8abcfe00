package com.duskspendr.web.users;

import com.duskspendr.auth.boundary.AccountService;
import com.duskspendr.auth.oauth.boundary.ApiScopes;
import com.duskspendr.auth.oidc.boundary.ExternalSignIn;
import com.duskspendr.platform.failure.DomainException.FieldIssue;
import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.users.boundary.ProfileService;
import com.duskspendr.web.api.ApiDocs;
import com.duskspendr.web.api.ApiResponses;
import com.duskspendr.web.api.Roles;
import com.duskspendr.web.auth.Caller;
import com.duskspendr.web.auth.Scoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own profile: {@code /api/v1/users/me}. There is no way to address another user's. */
@Scoped(read = ApiScopes.PROFILE_READ)
@Path("v1/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@Tag(name = "Users", description = "The signed-in user's profile, preferences and account")
public class UsersResource {

  @Inject ProfileService profiles;
  @Inject AccountService accounts;
  @Inject ExternalSignIn externalSignIn;
  @Inject Caller caller;

  @GET
  @Path("me")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "My profile and preferences")
  @APIResponse(responseCode = "200", description = "The profile",
      content = @Content(schema = @Schema(implementation = UsersSchemas.ProfileEnvelope.class)))
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response me() {
    return ApiResponses.ok(ProfileResponse.from(profiles.profileOf(caller.accountId())));
  }

  @PATCH
  @Path("me")
  @Consumes({MediaType.APPLICATION_JSON, ApiDocs.MERGE_PATCH_JSON})
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Change some of my profile and preferences",
      description = "Only the fields sent change; all are validated first and one invalid field changes nothing.")
  @RequestBody(required = true, content = {
      @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfilePatchRequest.class)),
      @Content(mediaType = ApiDocs.MERGE_PATCH_JSON, schema = @Schema(implementation = ProfilePatchRequest.class))})
  @APIResponse(responseCode = "200", description = "The updated profile",
      content = @Content(schema = @Schema(implementation = UsersSchemas.ProfileEnvelope.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response update(@Valid @NotNull ProfilePatchRequest patch) {
    return ApiResponses.ok(ProfileResponse.from(profiles.update(caller.accountId(), patch.toPatch())));
  }

  @DELETE
  @Path("me")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Delete my account and all my data",
      description = "Needs the password, or for an account that signs in through an identity provider, the provider's "
          + "name and a fresh ID token from it (nonce from POST /auth/oidc/{provider}/challenge). Every context "
          + "erases the user's data in the same transaction; there is no undo.")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DeleteAccountRequest.class)))
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response delete(@Valid @NotNull DeleteAccountRequest request) {
    boolean byPassword = !isBlank(request.password());
    boolean byProvider = request.provider() != null || request.idToken() != null;
    if (byPassword == byProvider || (byProvider && (isBlank(request.provider()) || isBlank(request.idToken())))) {
      throw new InvalidInputException(List.of(new FieldIssue("password",
          "give the password, or instead a linked identity provider and a fresh ID token from it")));
    }
    if (byPassword) {
      accounts.deleteAccount(caller.accountId(), request.password());
    } else {
      externalSignIn.deleteAccount(caller.accountId(), request.provider(), request.idToken());
    }
    return ApiResponses.noContent();
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}

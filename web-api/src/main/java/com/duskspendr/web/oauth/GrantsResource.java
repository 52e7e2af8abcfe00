package com.duskspendr.web.oauth;

import com.duskspendr.auth.oauth.boundary.AuthorizationServer;
import com.duskspendr.platform.failure.RecordNotFoundException;
import com.duskspendr.web.api.ApiDocs;
import com.duskspendr.web.api.ApiResponses;
import com.duskspendr.web.api.RecordIds;
import com.duskspendr.web.api.Roles;
import com.duskspendr.web.auth.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The applications a user connected (OAuth grants): see them, and revoke one, which ends its tokens at once. */
@Path("v1/oauth/grants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@Tag(name = "OAuth", description = "OAuth 2.0 authorization server (authorization code + PKCE, client credentials)")
public class GrantsResource {

  @Inject AuthorizationServer server;
  @Inject Caller caller;

  @GET
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "My connected applications", description = "Client, scopes, when granted and last refreshed.")
  @APIResponse(responseCode = "200", description = "The grants, newest first")
  public Response grants() {
    return ApiResponses.ok(server.grants(caller.accountId()));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Disconnect an application", description = "Its access and refresh tokens stop working at once.")
  @APIResponse(responseCode = "204", description = "Revoked")
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response revoke(@PathParam("id") String id) {
    server.revokeGrant(caller.accountId(), RecordIds.orNotFound(id, () -> new RecordNotFoundException("Grant")));
    return ApiResponses.noContent();
  }
}

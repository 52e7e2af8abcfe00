package com.duskspendr.web.oauth;

import com.duskspendr.auth.oauth.boundary.OAuthClients;
import com.duskspendr.platform.failure.RecordNotFoundException;
import com.duskspendr.web.api.ApiDocs;
import com.duskspendr.web.api.ApiResponses;
import com.duskspendr.web.api.RecordIds;
import com.duskspendr.web.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every OAuth client, for admins: list, and disable (its grants and tokens stop working at once). */
@Path("v1/admin/oauth/clients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@Tag(name = "OAuth clients", description = "Register integrations (OAuth 2.0 clients)")
public class AdminOAuthClientsResource {

  @Inject OAuthClients clients;

  @GET
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "All OAuth clients (admins)")
  @APIResponse(responseCode = "200", description = "The clients, newest first")
  public Response all() {
    return ApiResponses.ok(clients.all().stream().map(ClientResponse::from).toList());
  }

  @POST
  @Path("{id}/disable")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Disable a client (admins)", description = "Its grants are revoked; its tokens stop working at once.")
  @APIResponse(responseCode = "200", description = "The disabled client")
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response disable(@PathParam("id") String id) {
    return ApiResponses.ok(ClientResponse.from(
        clients.disable(RecordIds.orNotFound(id, () -> new RecordNotFoundException("OAuth client")))));
  }
}

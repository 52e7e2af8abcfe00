package com.duskspendr.web.oauth;

import com.duskspendr.auth.oauth.boundary.ClientRegistration;
import com.duskspendr.auth.oauth.boundary.ClientType;
import com.duskspendr.auth.oauth.boundary.OAuthClients;
import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.web.api.ApiDocs;
import com.duskspendr.web.api.ApiResponses;
import com.duskspendr.web.api.Roles;
import com.duskspendr.web.auth.Caller;
import com.duskspendr.web.auth.Scoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A developer's OAuth clients ({@code /api/v1/oauth/clients}), and a client's view of itself. */
@Path("v1/oauth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@Tag(name = "OAuth clients", description = "Register integrations (OAuth 2.0 clients)")
public class OAuthClientsResource {

  @Inject OAuthClients clients;
  @Inject Caller caller;

  @POST
  @Path("clients")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Register an OAuth client",
      description = "A confidential client gets a clientSecret in this answer only (it is stored hashed). Redirect URIs are"
          + " matched exactly; https, or http to a loopback address.")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RegisterClientRequest.class)))
  @APIResponse(responseCode = "201", description = "Registered",
      content = @Content(schema = @Schema(implementation = ClientResponse.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  public Response register(@NotNull RegisterClientRequest request, @Context UriInfo uri) {
    ClientType type = typeOf(request.type());
    ClientResponse registered = ClientResponse.from(clients.register(caller.accountId(),
        new ClientRegistration(request.name(), request.redirectUris(), request.scopes(), type)));
    // The secret is in this answer: no cache may keep it.
    return ApiResponses.createdBuilder(
            uri.getBaseUriBuilder().path("v1/oauth/clients").path(registered.clientId().toString()).build(), registered)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  @GET
  @Path("clients")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "My OAuth clients", description = "Never their secrets.")
  @APIResponse(responseCode = "200", description = "The clients, newest first")
  public Response mine() {
    return ApiResponses.ok(clients.clientsOf(caller.accountId()).stream().map(ClientResponse::from).toList());
  }

  @GET
  @Path("client")
  @RolesAllowed(Roles.OAUTH_CLIENT)
  @Scoped(read = Scoped.ANY_CLIENT)
  @Operation(summary = "The calling client's own registration",
      description = "For a client-credentials token: the one resource a client owns. User tokens get 403.")
  @APIResponse(responseCode = "200", description = "The client")
  public Response self() {
    UUID clientId = caller.accountId().value();
    return ApiResponses.ok(ClientResponse.from(clients.self(clientId)));
  }

  private static ClientType typeOf(String type) {
    if (type == null || "confidential".equals(type)) {
      return ClientType.CONFIDENTIAL;
    }
    if ("public".equals(type)) {
      return ClientType.PUBLIC;
    }
    throw InvalidInputException.of("type", "must be confidential or public");
  }
}

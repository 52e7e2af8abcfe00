package com.duskspendr.web.groups;

import com.duskspendr.transactions.sharing.boundary.SettlementService;
import com.duskspendr.transactions.sharing.boundary.SettlementView;
import com.duskspendr.web.api.ApiDocs;
import com.duskspendr.web.api.ApiResponses;
import com.duskspendr.web.api.Roles;
import com.duskspendr.web.auth.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Payments between members of a group (balances and settle-up are in GroupsResource). */
@Path("v1/groups/{groupId}/settlements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@RolesAllowed({Roles.USER, Roles.ADMIN})
@Tag(name = "Groups")
public class SettlementsResource {

  @Inject SettlementService settlements;
  @Inject Caller caller;

  @PathParam("groupId") String groupId;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record a payment between two members",
      description = "I am the payer or the receiver. Recorded in both ledgers as a transfer (transfer_out / "
          + "transfer_in), counted as neither spending nor income.")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SettlementsSchemas.SettlementRequest.class)))
  @APIResponse(responseCode = "201", description = "The settlement",
      content = @Content(schema = @Schema(implementation = SettlementsSchemas.SettlementEnvelope.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response record(@NotNull SettlementsSchemas.SettlementRequest request, @Context UriInfo uri) {
    SettlementView recorded = settlements.record(caller.accountId(), GroupIds.of(groupId), request.toNewSettlement());
    return ApiResponses.created(uri.getAbsolutePathBuilder().path(recorded.id().toString()).build(),
        SettlementsSchemas.SettlementResponse.from(recorded));
  }

  @GET
  @Operation(summary = "The group's settlements", description = "Newest first.")
  @APIResponse(responseCode = "200", description = "Settlements",
      content = @Content(schema = @Schema(implementation = SettlementsSchemas.SettlementsEnvelope.class)))
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response list() {
    return ApiResponses.ok(settlements.list(caller.accountId(), GroupIds.of(groupId)).stream()
        .map(SettlementsSchemas.SettlementResponse::from).toList());
  }
}

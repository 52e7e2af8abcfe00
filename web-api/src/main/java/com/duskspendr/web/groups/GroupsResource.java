package com.duskspendr.web.groups;

import com.duskspendr.transactions.sharing.boundary.GroupService;
import com.duskspendr.transactions.sharing.boundary.GroupView;
import com.duskspendr.transactions.sharing.boundary.NewGroup;
import com.duskspendr.transactions.sharing.boundary.SettlementService;
import com.duskspendr.web.api.ApiDocs;
import com.duskspendr.web.api.ApiResponses;
import com.duskspendr.web.api.IfMatch;
import com.duskspendr.web.api.Roles;
import com.duskspendr.web.auth.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

/**
 * Groups that share expenses, their members and invitations. A group the caller is not an active member of
 * answers 404 on every route, exactly as one that does not exist.
 */
@Path("v1/groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@RolesAllowed({Roles.USER, Roles.ADMIN})
@Tag(name = "Groups", description = "Shared expenses: groups, invitations by email, members")
public class GroupsResource {

  @Inject GroupService groups;
  @Inject SettlementService settlements;
  @Inject Caller caller;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a group", description = "I become its owner and first member.")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = GroupRequests.CreateGroup.class)))
  @APIResponse(responseCode = "201", description = "Created; Location points at it",
      content = @Content(schema = @Schema(implementation = GroupsSchemas.GroupEnvelope.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  public Response create(@NotNull GroupRequests.CreateGroup request, @Context UriInfo uri) {
    GroupView created = groups.create(caller.accountId(), new NewGroup(request.name(), request.currency()));
    return ApiResponses.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build(), GroupResponse.from(created));
  }

  @GET
  @Operation(summary = "My groups", description = "Those I am an active member of, archived ones too; newest first.")
  @APIResponse(responseCode = "200", description = "My groups",
      content = @Content(schema = @Schema(implementation = GroupsSchemas.GroupsEnvelope.class)))
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  public Response list() {
    return ApiResponses.ok(groups.list(caller.accountId()).stream().map(GroupResponse::from).toList());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One of my groups, with its members")
  @APIResponse(responseCode = "200", description = "The group",
      content = @Content(schema = @Schema(implementation = GroupsSchemas.GroupEnvelope.class)))
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response get(@PathParam("id") String id) {
    return ApiResponses.ok(GroupResponse.from(groups.get(caller.accountId(), GroupIds.of(id))));
  }

  @POST
  @Path("{id}/archive")
  @Operation(summary = "Archive the group (owner)",
      description = "No new expenses or invitations afterwards; settlements stay possible. Idempotent.")
  @APIResponse(responseCode = "200", description = "The archived group",
      content = @Content(schema = @Schema(implementation = GroupsSchemas.GroupEnvelope.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
  public Response archive(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) String ifMatch) {
    return ApiResponses.ok(GroupResponse.from(
        groups.archive(caller.accountId(), GroupIds.of(id), IfMatch.expected(ifMatch, null, "version"))));
  }

  @POST
  @Path("{id}/invitations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Invite someone by email",
      description = "The answer is the same whether or not the address has an account (or is invited already: "
          + "then the pending invitation is answered). Its owner sees it in GET /groups/invitations once they "
          + "have an account with that address verified.")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = GroupRequests.Invite.class)))
  @APIResponse(responseCode = "201", description = "The pending invitation",
      content = @Content(schema = @Schema(implementation = GroupsSchemas.InvitationEnvelope.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
  public Response invite(@PathParam("id") String id, @NotNull GroupRequests.Invite request, @Context UriInfo uri) {
    var invitation = groups.invite(caller.accountId(), GroupIds.of(id), request.email());
    return ApiResponses.created(
        uri.getBaseUriBuilder().path("v1/groups/invitations").path(invitation.id().toString()).build(),
        GroupResponse.Invitation.from(invitation));
  }

  @GET
  @Path("{id}/invitations")
  @Operation(summary = "The group's pending invitations")
  @APIResponse(responseCode = "200", description = "Pending invitations, oldest first",
      content = @Content(schema = @Schema(implementation = GroupsSchemas.InvitationsEnvelope.class)))
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response groupInvitations(@PathParam("id") String id) {
    return ApiResponses.ok(groups.invitationsOf(caller.accountId(), GroupIds.of(id)).stream()
        .map(GroupResponse.Invitation::from).toList());
  }

  @GET
  @Path("invitations")
  @Operation(summary = "My pending invitations",
      description = "Invitations to my email address, once I have verified it (anyone can register an address "
          + "they do not own; only proving it shows what was sent to it).")
  @APIResponse(responseCode = "200", description = "Pending invitations, oldest first",
      content = @Content(schema = @Schema(implementation = GroupsSchemas.InvitationsEnvelope.class)))
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  public Response myInvitations() {
    return ApiResponses.ok(groups.myInvitations(caller.accountId()).stream().map(GroupResponse.Invitation::from).toList());
  }

  @POST
  @Path("invitations/{invitationId}/accept")
  @Operation(summary = "Accept an invitation and join the group")
  @APIResponse(responseCode = "200", description = "The group I joined",
      content = @Content(schema = @Schema(implementation = GroupsSchemas.GroupEnvelope.class)))
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response accept(@PathParam("invitationId") String invitationId) {
    return ApiResponses.ok(GroupResponse.from(groups.accept(caller.accountId(), GroupIds.of(invitationId))));
  }

  @POST
  @Path("invitations/{invitationId}/decline")
  @Operation(summary = "Decline an invitation")
  @APIResponse(responseCode = "204", description = "Declined")
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response decline(@PathParam("invitationId") String invitationId) {
    groups.decline(caller.accountId(), GroupIds.of(invitationId));
    return ApiResponses.noContent();
  }

  @POST
  @Path("{id}/leave")
  @Operation(summary = "Leave the group",
      description = "Only with a zero balance in every currency. An owner's ownership passes to the earliest "
          + "remaining member; the last one out archives the group. Afterwards the group is 404 to me.")
  @APIResponse(responseCode = "204", description = "Left")
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
  public Response leave(@PathParam("id") String id) {
    groups.leave(caller.accountId(), GroupIds.of(id));
    return ApiResponses.noContent();
  }

  @DELETE
  @Path("{id}/members/{userId}")
  @Operation(summary = "Remove a member (owner), or leave (my own id)", description = "Only at a zero balance.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
  public Response removeMember(@PathParam("id") String id, @PathParam("userId") String userId) {
    groups.removeMember(caller.accountId(), GroupIds.of(id), GroupIds.of(userId));
    return ApiResponses.noContent();
  }

  @GET
  @Path("{id}/balances")
  @Operation(summary = "Balances per member and currency",
      description = "Currencies are never mixed. Positive: the others owe the member; negative: the member owes.")
  @APIResponse(responseCode = "200", description = "Balances",
      content = @Content(schema = @Schema(implementation = SettlementsSchemas.BalancesEnvelope.class)))
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response balances(@PathParam("id") String id) {
    return ApiResponses.ok(settlements.balances(caller.accountId(), GroupIds.of(id)).stream()
        .map(SettlementsSchemas.BalanceResponse::from).toList());
  }

  @GET
  @Path("{id}/settle-up")
  @Operation(summary = "The fewest transfers that settle everything",
      description = "Per currency. Exact (the minimum number of transfers) up to 16 members with a non-zero balance in "
          + "a currency, by dynamic programming over subsets; above that a greedy heuristic (exact is then false).")
  @APIResponse(responseCode = "200", description = "The plan",
      content = @Content(schema = @Schema(implementation = SettlementsSchemas.SettleUpEnvelope.class)))
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response settleUp(@PathParam("id") String id) {
    return ApiResponses.ok(SettlementsSchemas.SettleUpResponse.from(settlements.settleUp(caller.accountId(), GroupIds.of(id))));
  }
}

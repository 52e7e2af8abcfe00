package com.duskspendr.web.groups;

import com.duskspendr.transactions.sharing.boundary.ExpenseService;
import com.duskspendr.transactions.sharing.boundary.ExpenseView;
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
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A group's expenses, their comments, and accepting one's share into one's own ledger. */
@Path("v1/groups/{groupId}/expenses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@RolesAllowed({Roles.USER, Roles.ADMIN})
@Tag(name = "Groups")
public class ExpensesResource {

  @Inject ExpenseService expenses;
  @Inject Caller caller;

  @PathParam("groupId") String groupId;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add an expense",
      description = "Split equal, exact, percent or shares; each share is rounded to the currency's minor unit and the "
          + "units left over go to the largest remainders, ties to the earliest member (100.00 three ways: 33.34 + "
          + "33.33 + 33.33). With transactionId (one of my ledger transactions) my budgets count only my share of it.")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ExpenseRequest.class)))
  @APIResponse(responseCode = "201", description = "Added; ETag is its version",
      content = @Content(schema = @Schema(implementation = SettlementsSchemas.ExpenseEnvelope.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
  public Response create(@NotNull ExpenseRequest request, @Context UriInfo uri) {
    ExpenseView created = expenses.create(caller.accountId(), GroupIds.of(groupId), request.toNewExpense());
    return ApiResponses.createdBuilder(
            uri.getAbsolutePathBuilder().path(created.id().toString()).build(), ExpenseResponse.from(created))
        .header(HttpHeaders.ETAG, IfMatch.etag(created.version()))
        .build();
  }

  @GET
  @Operation(summary = "The group's expenses", description = "Newest first; deleted=true lists those deleted within "
      + "the undo window (30 days) instead.")
  @APIResponse(responseCode = "200", description = "Expenses",
      content = @Content(schema = @Schema(implementation = SettlementsSchemas.ExpensesEnvelope.class)))
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response list(@QueryParam("deleted") boolean deleted) {
    return ApiResponses.ok(expenses.list(caller.accountId(), GroupIds.of(groupId), deleted).stream()
        .map(ExpenseResponse::from).toList());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One expense")
  @APIResponse(responseCode = "200", description = "The expense; ETag is its version",
      content = @Content(schema = @Schema(implementation = SettlementsSchemas.ExpenseEnvelope.class)))
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response get(@PathParam("id") String id) {
    return versioned(expenses.get(caller.accountId(), GroupIds.of(groupId), GroupIds.of(id)));
  }

  @PATCH
  @Path("{id}")
  @Consumes({MediaType.APPLICATION_JSON, ApiDocs.MERGE_PATCH_JSON})
  @Operation(summary = "Change an expense", description = "The fields given; a new amount, payers or split are "
      + "validated together. Send the ETag back as If-Match (or version): a stale one is 409 with the current expense.")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ExpenseRequest.class)))
  @APIResponse(responseCode = "200", description = "The changed expense",
      content = @Content(schema = @Schema(implementation = SettlementsSchemas.ExpenseEnvelope.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
  public Response update(
      @PathParam("id") String id,
      @Parameter(description = "The version the change is based on, e.g. \"3\"") @HeaderParam(IfMatch.HEADER) String ifMatch,
      @NotNull ExpenseRequest request) {
    Long expected = IfMatch.expected(ifMatch, request.version(), "version");
    return versioned(expenses.update(
        caller.accountId(), GroupIds.of(groupId), GroupIds.of(id), request.toNewExpense(), expected));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete an expense", description = "It stops counting; POST .../restore undoes it for 30 days.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
  public Response delete(@PathParam("id") String id, @HeaderParam(IfMatch.HEADER) String ifMatch) {
    expenses.delete(caller.accountId(), GroupIds.of(groupId), GroupIds.of(id), IfMatch.expected(ifMatch, null, "version"));
    return ApiResponses.noContent();
  }

  @POST
  @Path("{id}/restore")
  @Operation(summary = "Undo the deletion of an expense", description = "Within 30 days of the deletion.")
  @APIResponse(responseCode = "200", description = "The restored expense",
      content = @Content(schema = @Schema(implementation = SettlementsSchemas.ExpenseEnvelope.class)))
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
  public Response restore(@PathParam("id") String id) {
    return versioned(expenses.restore(caller.accountId(), GroupIds.of(groupId), GroupIds.of(id)));
  }

  @POST
  @Path("{id}/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Comment on an expense")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SettlementsSchemas.CommentRequest.class)))
  @APIResponse(responseCode = "201", description = "The comment",
      content = @Content(schema = @Schema(implementation = SettlementsSchemas.CommentEnvelope.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response comment(@PathParam("id") String id, @NotNull SettlementsSchemas.CommentRequest request, @Context UriInfo uri) {
    var comment = expenses.comment(caller.accountId(), GroupIds.of(groupId), GroupIds.of(id), request.body());
    return ApiResponses.created(uri.getAbsolutePath(), ExpenseResponse.Comment.from(comment));
  }

  @GET
  @Path("{id}/comments")
  @Operation(summary = "The comments on an expense", description = "Oldest first.")
  @APIResponse(responseCode = "200", description = "Comments",
      content = @Content(schema = @Schema(implementation = SettlementsSchemas.CommentsEnvelope.class)))
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response comments(@PathParam("id") String id) {
    return ApiResponses.ok(expenses.comments(caller.accountId(), GroupIds.of(groupId), GroupIds.of(id)).stream()
        .map(ExpenseResponse.Comment::from).toList());
  }

  @POST
  @Path("{id}/accept")
  @Operation(summary = "Record my share in my own ledger",
      description = "A transaction of minus my share, dated as the expense, in its category (or the one given), so "
          + "my budgets and analytics count it. Once per expense.")
  @RequestBody(content = @Content(schema = @Schema(implementation = SettlementsSchemas.AcceptShareRequest.class)))
  @APIResponse(responseCode = "201", description = "The transaction in my ledger",
      content = @Content(schema = @Schema(implementation = SettlementsSchemas.AcceptedShareEnvelope.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
  public Response accept(@PathParam("id") String id, SettlementsSchemas.AcceptShareRequest request, @Context UriInfo uri) {
    var recorded = expenses.acceptShare(caller.accountId(), GroupIds.of(groupId), GroupIds.of(id),
        request == null ? null : request.categoryId());
    return ApiResponses.created(uri.getBaseUriBuilder().path("v1/transactions").path(recorded.id().toString()).build(),
        ExpenseResponse.AcceptedShare.from(id, recorded));
  }

  private static Response versioned(ExpenseView expense) {
    return ApiResponses.okBuilder(ExpenseResponse.from(expense)).header(HttpHeaders.ETAG, IfMatch.etag(expense.version())).build();
  }
}

package com.duskspendr.web.budgets;

import com.duskspendr.auth.oauth.boundary.ApiScopes;
import com.duskspendr.web.auth.Scoped;
import com.duskspendr.web.api.RecordIds;
import com.duskspendr.transactions.budgets.boundary.BudgetService;
import com.duskspendr.transactions.budgets.boundary.BudgetView;
import com.duskspendr.web.api.ApiDocs;
import com.duskspendr.web.api.ApiResponses;
import com.duskspendr.web.api.Roles;
import com.duskspendr.web.auth.Caller;
import com.duskspendr.web.api.IfMatch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's budgets, each with live progress in the current period. */
@Scoped(read = ApiScopes.BUDGETS_READ, write = ApiScopes.BUDGETS_WRITE)
@Path("v1/budgets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@Tag(name = "Budgets", description = "Spending limits per category and period, with progress and alerts")
public class BudgetsResource {

  @Inject BudgetService budgets;
  @Inject Caller caller;

  @GET
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "My budgets with their progress", description = "Oldest first; at most 100 budgets per user.")
  @APIResponse(responseCode = "200", description = "All my budgets",
      content = @Content(schema = @Schema(implementation = BudgetsSchemas.BudgetsEnvelope.class)))
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response list() {
    return ApiResponses.ok(budgets.list(caller.accountId()).stream().map(BudgetResponse::from).toList());
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "One budget with its progress")
  @APIResponse(responseCode = "200", description = "The budget",
      content = @Content(schema = @Schema(implementation = BudgetsSchemas.BudgetEnvelope.class)))
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response get(@PathParam("id") String id) {
    return ApiResponses.ok(BudgetResponse.from(budgets.get(caller.accountId(), budgetId(id))));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Create a budget",
      description = "Spending in the category and its subcategories counts. Thresholds already reached in the "
          + "current period alert at once.")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CreateBudgetRequest.class)))
  @APIResponse(responseCode = "201", description = "Created; Location points at it",
      content = @Content(schema = @Schema(implementation = BudgetsSchemas.BudgetEnvelope.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
  @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response create(@Valid @NotNull CreateBudgetRequest request, @Context UriInfo uri) {
    BudgetView created = budgets.create(caller.accountId(), request.toNewBudget());
    return ApiResponses.created(
        uri.getAbsolutePathBuilder().path(created.id().toString()).build(), BudgetResponse.from(created));
  }

  @PATCH
  @Path("{id}")
  @Consumes({MediaType.APPLICATION_JSON, ApiDocs.MERGE_PATCH_JSON})
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Change a budget",
      description = "Changing category, amount, currency, period or start date redefines it: its alerts start over.")
  @RequestBody(required = true, content = {
      @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatchBudgetRequest.class)),
      @Content(mediaType = ApiDocs.MERGE_PATCH_JSON, schema = @Schema(implementation = PatchBudgetRequest.class))})
  @APIResponse(responseCode = "200", description = "The changed budget",
      content = @Content(schema = @Schema(implementation = BudgetsSchemas.BudgetEnvelope.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
  @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response update(
      @PathParam("id") String id,
      @Parameter(description = "The version the change is based on, e.g. \"3\"") @HeaderParam(IfMatch.HEADER) String ifMatch,
      @Valid @NotNull PatchBudgetRequest patch) {
    Long expected = IfMatch.expected(ifMatch, patch.version(), "version");
    return ApiResponses.ok(BudgetResponse.from(budgets.update(caller.accountId(), budgetId(id), patch.toPatch(expected))));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Delete a budget")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response delete(
      @PathParam("id") String id,
      @Parameter(description = "The version the deletion is based on") @HeaderParam(IfMatch.HEADER) String ifMatch) {
    budgets.delete(caller.accountId(), budgetId(id), IfMatch.expected(ifMatch, null, "version"));
    return ApiResponses.noContent();
  }

  /** A malformed id answers 404 like any id that is not one of the caller's budgets. */
  private static UUID budgetId(String id) {
    return RecordIds.orNotFound(id, NotFoundException::new);
  }
}

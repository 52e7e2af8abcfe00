package com.duskspendr.web.categories;

import com.duskspendr.auth.oauth.boundary.ApiScopes;
import com.duskspendr.web.auth.Scoped;
import com.duskspendr.web.api.RecordIds;
import com.duskspendr.web.api.IfMatch;
import com.duskspendr.transactions.categories.boundary.RuleService;
import com.duskspendr.transactions.categories.boundary.RuleView;
import com.duskspendr.web.api.ApiDocs;
import com.duskspendr.web.api.ApiResponses;
import com.duskspendr.web.api.Roles;
import com.duskspendr.web.auth.Caller;
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

/** The caller's merchant rules: "merchant matches X → category Y", applied before the categorization model. */
@Scoped(read = ApiScopes.BUDGETS_READ, write = ApiScopes.BUDGETS_WRITE)
@Path("v1/rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@Tag(name = "Merchant rules", description = "File transactions by merchant name automatically")
public class RulesResource {

  @Inject RuleService rules;
  @Inject Caller caller;

  @GET
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "My merchant rules, in the order they are tried",
      description = "Lowest priority number first; at equal priority exact before prefix before contains, then the longest pattern.")
  @APIResponse(responseCode = "200", description = "All my rules (at most 500)",
      content = @Content(schema = @Schema(implementation = CategoriesSchemas.RulesEnvelope.class)))
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response list() {
    return ApiResponses.ok(rules.list(caller.accountId()).stream().map(RuleResponse::from).toList());
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "One merchant rule")
  @APIResponse(responseCode = "200", description = "The rule",
      content = @Content(schema = @Schema(implementation = CategoriesSchemas.RuleEnvelope.class)))
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response get(@PathParam("id") String id) {
    return ApiResponses.ok(RuleResponse.from(rules.get(caller.accountId(), ruleId(id))));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Add a merchant rule")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CreateRuleRequest.class)))
  @APIResponse(responseCode = "201", description = "Created; Location points at it",
      content = @Content(schema = @Schema(implementation = CategoriesSchemas.RuleEnvelope.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
  @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response create(@Valid @NotNull CreateRuleRequest request, @Context UriInfo uri) {
    RuleView created = rules.create(caller.accountId(), request.toNewRule());
    return ApiResponses.created(
        uri.getAbsolutePathBuilder().path(created.id().toString()).build(), RuleResponse.from(created));
  }

  @PATCH
  @Path("{id}")
  @Consumes({MediaType.APPLICATION_JSON, ApiDocs.MERGE_PATCH_JSON})
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Change a merchant rule")
  @RequestBody(required = true, content = {
      @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatchRuleRequest.class)),
      @Content(mediaType = ApiDocs.MERGE_PATCH_JSON, schema = @Schema(implementation = PatchRuleRequest.class))})
  @APIResponse(responseCode = "200", description = "The changed rule",
      content = @Content(schema = @Schema(implementation = CategoriesSchemas.RuleEnvelope.class)))
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
      @Valid @NotNull PatchRuleRequest patch) {
    Long expected = IfMatch.expected(ifMatch, patch.version(), "version");
    return ApiResponses.ok(RuleResponse.from(rules.update(caller.accountId(), ruleId(id), patch.toPatch(expected))));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Delete a merchant rule")
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
    rules.delete(caller.accountId(), ruleId(id), IfMatch.expected(ifMatch, null, "version"));
    return ApiResponses.noContent();
  }

  /** A malformed id answers 404 like any id that is not one of the caller's rules. */
  static UUID ruleId(String id) {
    return RecordIds.orNotFound(id, NotFoundException::new);
  }
}

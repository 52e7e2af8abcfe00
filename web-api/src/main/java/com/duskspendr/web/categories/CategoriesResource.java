package com.duskspendr.web.categories;

import com.duskspendr.auth.oauth.boundary.ApiScopes;
import com.duskspendr.web.auth.Scoped;
import com.duskspendr.web.api.IfMatch;
import com.duskspendr.transactions.categories.boundary.CategoryService;
import com.duskspendr.transactions.categories.boundary.CategoryView;
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
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's category tree: the system taxonomy (Plaid's Personal Finance Categories as stable slugs)
 * with the caller's names and hidden flags, plus their own subcategories.
 */
@Scoped(read = ApiScopes.BUDGETS_READ, write = ApiScopes.BUDGETS_WRITE)
@Path("v1/categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@Tag(name = "Categories", description = "System categories and your own subcategories")
public class CategoriesResource {

  @Inject CategoryService categories;
  @Inject Caller caller;

  @GET
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "My category tree",
      description = "Every primary category with its subcategories (system and my own), hidden ones included and flagged.")
  @APIResponse(responseCode = "200", description = "The tree",
      content = @Content(schema = @Schema(implementation = CategoriesSchemas.CategoryTreeEnvelope.class)))
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response tree() {
    return ApiResponses.ok(categories.tree(caller.accountId()).stream().map(CategoryResponse::from).toList());
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "One category")
  @APIResponse(responseCode = "200", description = "The category, without children",
      content = @Content(schema = @Schema(implementation = CategoriesSchemas.CategoryEnvelope.class)))
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response get(@PathParam("id") String id) {
    return ApiResponses.ok(CategoryResponse.from(categories.get(caller.accountId(), bounded(id))));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Add a subcategory of my own under a primary category",
      description = "Its id is the primary, a dot, a slug of the name and six random characters; it never changes.")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CreateCategoryRequest.class)))
  @APIResponse(responseCode = "201", description = "Created; Location points at it",
      content = @Content(schema = @Schema(implementation = CategoriesSchemas.CategoryEnvelope.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
  @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response create(@Valid @NotNull CreateCategoryRequest request, @Context UriInfo uri) {
    CategoryView created = categories.create(caller.accountId(), request.toNewCategory());
    return ApiResponses.created(
        uri.getAbsolutePathBuilder().path(created.id()).build(), CategoryResponse.from(created));
  }

  @PATCH
  @Path("{id}")
  @Consumes({MediaType.APPLICATION_JSON, ApiDocs.MERGE_PATCH_JSON})
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Rename or hide a category",
      description = "Own subcategories: name, icon, hidden. System categories: name and hidden, for me only.")
  @RequestBody(required = true, content = {
      @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatchCategoryRequest.class)),
      @Content(mediaType = ApiDocs.MERGE_PATCH_JSON, schema = @Schema(implementation = PatchCategoryRequest.class))})
  @APIResponse(responseCode = "200", description = "The changed category",
      content = @Content(schema = @Schema(implementation = CategoriesSchemas.CategoryEnvelope.class)))
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
      @Valid @NotNull PatchCategoryRequest patch) {
    Long expected = IfMatch.expected(ifMatch, patch.version(), "version");
    return ApiResponses.ok(CategoryResponse.from(categories.update(caller.accountId(), bounded(id), patch.toPatch(expected))));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Delete a subcategory of my own",
      description = "Its merchant rules go with it. System categories cannot be deleted (409; hide them instead), "
          + "nor a category a budget uses (409).")
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
    categories.delete(caller.accountId(), bounded(id), IfMatch.expected(ifMatch, null, "version"));
    return ApiResponses.noContent();
  }

  /** An id longer than any category id cannot be one: answered like any unknown id, without a lookup. */
  private static String bounded(String id) {
    if (id.length() > 100) {
      throw new jakarta.ws.rs.NotFoundException();
    }
    return id;
  }
}

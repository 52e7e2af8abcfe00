package com.duskspendr.web.ai;

import com.duskspendr.ml.models.boundary.ModelRegistry;
import com.duskspendr.ml.models.boundary.ModelStore;
import com.duskspendr.ml.models.entity.ModelSummary;
import com.duskspendr.platform.failure.RecordNotFoundException;
import com.duskspendr.web.api.ApiDocs;
import com.duskspendr.web.api.ApiResponses;
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

/**
 * The stored categorization models for ops: {@code /api/v1/admin/models}, every version with its held-out
 * metrics, and activating one (a newer one, or an older one to roll back to). Audited like every admin call.
 */
@Path("v1/admin/models")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@Tag(name = "Admin", description = "Operations (admins)")
public class AdminModelsResource {

  /** How many versions a listing shows: retraining keeps every version, the newest matter. */
  private static final int LISTED = 50;

  /** One stored version; {@code active} marks the one categorization uses. */
  public record ModelVersionResponse(long id, boolean active, ModelResponse model) {
    static ModelVersionResponse from(ModelSummary summary) {
      return new ModelVersionResponse(summary.id(), summary.active(), ModelResponse.from(summary));
    }
  }

  @Inject ModelStore models;
  @Inject ModelRegistry registry;

  @GET
  @Operation(summary = "The stored categorization models, newest first (at most 50)")
  @APIResponse(responseCode = "200", description = "The versions with their metrics")
  public Response versions() {
    return ApiResponses.ok(models.versions(LISTED).stream().map(ModelVersionResponse::from).toList());
  }

  @POST
  @Path("{id}/activate")
  @Operation(summary = "Activate a stored model (roll forward or back)",
      description = "This instance uses it at once, the others on their next poll of the registry.")
  @APIResponse(responseCode = "200", description = "The version now active")
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response activate(@PathParam("id") String id) {
    long versionId;
    try {
      versionId = Long.parseLong(id);
    } catch (NumberFormatException notAnId) {
      throw new RecordNotFoundException("Model version");
    }
    ModelSummary active = models.activate(versionId);
    registry.refresh();
    return ApiResponses.ok(ModelVersionResponse.from(active));
  }
}

package com.duskspendr.web.ai;

import com.duskspendr.ml.categorization.boundary.Categorizer;
import com.duskspendr.ml.classifier.control.TransactionText;
import com.duskspendr.ml.models.boundary.ModelStore;
import com.duskspendr.ml.training.boundary.Retraining;
import com.duskspendr.platform.identity.AccountId;
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
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Automatic categorization: {@code /api/v1/ai}. Categorizing applies the caller's own merchant rules, then
 * their own past corrections for the merchant, then the global model, exactly as for their new
 * transactions; nothing is stored.
 */
@Path("v1/ai")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@Tag(name = "Categorization", description = "Automatic categorization and its model")
public class AiResource {

  @Inject Categorizer categorizer;
  @Inject ModelStore models;
  @Inject Retraining retraining;
  @Inject Caller caller;

  @POST
  @Path("categorize")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Categorize a transaction",
      description = "The caller's merchant rules decide first, then their latest correction for the merchant, then "
          + "known merchants and bank phrases, then the model, which files only at a calibrated confidence meeting "
          + "duskspendr.ml.target-precision (0.95); below it status is pending and alternatives hold the top "
          + "suggestions.")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CategorizeRequest.class)))
  @APIResponse(responseCode = "200", description = "The category, how sure, and why",
      content = @Content(schema = @Schema(implementation = AiSchemas.CategorizationEnvelope.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response categorize(@NotNull CategorizeRequest request) {
    TransactionText text = CategorizeRequests.one(request);
    return ApiResponses.ok(CategorizationResult.from(categorizer.decide(caller.accountId(), text)));
  }

  @POST
  @Path("categorize/batch")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Categorize up to 500 transactions",
      description = "Every item is checked first (details name items[i].field); the answers come in the items' order.")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CategorizeBatchRequest.class)))
  @APIResponse(responseCode = "200", description = "One answer per item",
      content = @Content(schema = @Schema(implementation = AiSchemas.CategorizationsEnvelope.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response categorizeBatch(@NotNull CategorizeBatchRequest request) {
    List<TransactionText> texts = CategorizeRequests.batch(request);
    AccountId owner = caller.accountId();
    return ApiResponses.ok(texts.stream().map(text -> CategorizationResult.from(categorizer.decide(owner, text))).toList());
  }

  @GET
  @Path("model")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "The active categorization model", description = "Its version, training size and held-out metrics.")
  @APIResponse(responseCode = "200", description = "The active model",
      content = @Content(schema = @Schema(implementation = AiSchemas.ModelEnvelope.class)))
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response model() {
    return ApiResponses.ok(ModelResponse.from(models.active().orElseThrow(NotFoundException::new)));
  }

  @POST
  @Path("model/retrain")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Retrain the model now (admins)",
      description = "Starts the retrain-categorizer job: seed set plus corrections at least duskspendr.ml.retrain.min-users "
          + "(3) users made alike; the new model is activated only if it is not worse on the held-out set.")
  @APIResponse(responseCode = "202", description = "Started; Location is the job's status",
      headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING, format = "uri")),
      content = @Content(schema = @Schema(implementation = AiSchemas.RetrainJobEnvelope.class)))
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response retrain(@Context UriInfo uri) {
    long execution = retraining.start(Retraining.ADMIN_TRIGGER);
    RetrainJobResponse started = retraining.status(execution)
        .map(RetrainJobResponse::from)
        .orElse(new RetrainJobResponse(execution, "STARTING", null, null, null));
    return ApiResponses.accepted(
        uri.getBaseUriBuilder().path("v1/ai/model/retrain").path(Long.toString(execution)).build(), started);
  }

  @GET
  @Path("model/retrain/{executionId}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "A retraining job's status (admins)",
      description = "Kept by the instance that ran it, until it restarts.")
  @APIResponse(responseCode = "200", description = "The job execution",
      content = @Content(schema = @Schema(implementation = AiSchemas.RetrainJobEnvelope.class)))
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response retrainStatus(@PathParam("executionId") String executionId) {
    long id;
    try {
      id = Long.parseLong(executionId);
    } catch (NumberFormatException notAnId) {
      throw new NotFoundException();
    }
    return ApiResponses.ok(retraining.status(id).map(RetrainJobResponse::from).orElseThrow(NotFoundException::new));
  }
}

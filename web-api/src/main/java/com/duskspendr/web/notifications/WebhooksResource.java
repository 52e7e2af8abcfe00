package com.duskspendr.web.notifications;

import com.duskspendr.notifications.webhooks.boundary.CreatedWebhook;
import com.duskspendr.notifications.webhooks.boundary.WebhookService;
import com.duskspendr.web.api.ApiDocs;
import com.duskspendr.web.api.ApiResponses;
import com.duskspendr.web.api.RecordIds;
import com.duskspendr.web.api.Roles;
import com.duskspendr.web.auth.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's webhooks, their delivery log, redelivery and ping. */
@Path("v1/webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@Tag(name = "Webhooks", description = "Signed notification deliveries to an integrator's https endpoint")
public class WebhooksResource {

  @Inject WebhookService webhooks;
  @Inject Caller caller;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Register a webhook",
      description = "The answer carries the signing secret, the only time it is shown. The URL must be https and "
          + "must not resolve to a loopback, private, link-local or metadata address.")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = WebhookBody.class)))
  @APIResponse(responseCode = "201", description = "Created, with its secret")
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response create(@NotNull WebhookBody body, @Context UriInfo uri) {
    CreatedWebhook created = webhooks.create(caller.accountId(), body.toRequest());
    return ApiResponses.created(uri.getAbsolutePathBuilder().path(created.webhook().id().toString()).build(),
        WebhookResponse.from(created));
  }

  @GET
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "My webhooks", description = "Oldest first; secrets are never shown again.")
  @APIResponse(responseCode = "200", description = "All my webhooks")
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response list() {
    return ApiResponses.ok(webhooks.list(caller.accountId()).stream().map(WebhookResponse::from).toList());
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "One webhook")
  @APIResponse(responseCode = "200", description = "The webhook")
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response get(@PathParam("id") String id) {
    return ApiResponses.ok(WebhookResponse.from(webhooks.get(caller.accountId(), webhookId(id))));
  }

  @PATCH
  @Path("{id}")
  @Consumes({MediaType.APPLICATION_JSON, ApiDocs.MERGE_PATCH_JSON})
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Change a webhook", description = "url, events, enabled; fields left out stay as they are.")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = WebhookBody.class)))
  @APIResponse(responseCode = "200", description = "The changed webhook")
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response update(@PathParam("id") String id, @NotNull WebhookBody body) {
    return ApiResponses.ok(WebhookResponse.from(webhooks.update(caller.accountId(), webhookId(id), body.toRequest())));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Delete a webhook", description = "Its delivery log goes with it.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response delete(@PathParam("id") String id) {
    webhooks.delete(caller.accountId(), webhookId(id));
    return ApiResponses.noContent();
  }

  @GET
  @Path("{id}/deliveries")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "The webhook's latest 100 deliveries, newest first",
      description = "status (pending, sent, failed, skipped), attempts, response code, latency, last error.")
  @APIResponse(responseCode = "200", description = "The delivery log")
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response deliveries(@PathParam("id") String id) {
    return ApiResponses.ok(webhooks.deliveries(caller.accountId(), webhookId(id)));
  }

  @POST
  @Path("{id}/deliveries/{deliveryId}/redeliver")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Send a delivery again, now")
  @APIResponse(responseCode = "202", description = "Planned; follow it in the delivery log")
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response redeliver(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId,
      @Context UriInfo uri) {
    var delivery = webhooks.redeliver(caller.accountId(), webhookId(id), webhookId(deliveryId));
    return ApiResponses.accepted(uri.getBaseUriBuilder().path("v1/webhooks").path(id).path("deliveries").build(),
        delivery);
  }

  @POST
  @Path("{id}/ping")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Send a test event (type ping) to the webhook")
  @APIResponse(responseCode = "202", description = "Planned; follow it in the delivery log")
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response ping(@PathParam("id") String id, @Context UriInfo uri) {
    var delivery = webhooks.ping(caller.accountId(), webhookId(id));
    return ApiResponses.accepted(uri.getBaseUriBuilder().path("v1/webhooks").path(id).path("deliveries").build(),
        delivery);
  }

  /** A malformed id answers 404 like any id that is not the caller's. */
  private static UUID webhookId(String id) {
    return RecordIds.orNotFound(id, NotFoundException::new);
  }
}

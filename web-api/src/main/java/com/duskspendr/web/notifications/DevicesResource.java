package com.duskspendr.web.notifications;

import com.duskspendr.notifications.push.boundary.DeviceService;
import com.duskspendr.notifications.push.boundary.RegisteredDevice;
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

/** The caller's push devices: Web Push subscriptions, FCM and APNs tokens. */
@Path("v1/notifications/devices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@Tag(name = "Notifications", description = "Budget, anomaly and large-payment alerts: inbox and settings")
public class DevicesResource {

  @Inject DeviceService devices;
  @Inject Caller caller;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Register a device for push",
      description = "{platform: fcm|apns, token} or {platform: webpush, subscription: {endpoint, keys: {p256dh, "
          + "auth}}}. Registering the same token again answers the device already registered (200). A device the "
          + "provider reports gone is removed.")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DeviceBody.class)))
  @APIResponse(responseCode = "201", description = "Registered",
      content = @Content(schema = @Schema(implementation = NotificationsSchemas.DeviceEnvelope.class)))
  @APIResponse(responseCode = "200", description = "Registered already",
      content = @Content(schema = @Schema(implementation = NotificationsSchemas.DeviceEnvelope.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response register(@NotNull DeviceBody body, @Context UriInfo uri) {
    RegisteredDevice registered = devices.register(caller.accountId(), body.toRequest());
    if (!registered.created()) {
      return ApiResponses.ok(registered.device());
    }
    return ApiResponses.created(uri.getAbsolutePathBuilder().path(registered.device().id().toString()).build(),
        registered.device());
  }

  @GET
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "My push devices", description = "Oldest first; a subscription's keys are not shown.")
  @APIResponse(responseCode = "200", description = "All my devices",
      content = @Content(schema = @Schema(implementation = NotificationsSchemas.DeviceListEnvelope.class)))
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response list() {
    return ApiResponses.ok(devices.list(caller.accountId()));
  }

  @GET
  @Path("web-push-key")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "The server's VAPID public key for Web Push",
      description = "A browser subscribes with it as applicationServerKey (base64url, uncompressed P-256).")
  @APIResponse(responseCode = "200", description = "{publicKey}")
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response webPushKey() {
    return ApiResponses.ok(new WebPushKeyResponse(devices.webPushPublicKey()));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Remove a device", description = "An app removes its device when its user signs out.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response remove(@PathParam("id") String id) {
    devices.remove(caller.accountId(), RecordIds.orNotFound(id, NotFoundException::new));
    return ApiResponses.noContent();
  }
}

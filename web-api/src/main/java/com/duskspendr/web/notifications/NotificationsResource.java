package com.duskspendr.web.notifications;

import com.duskspendr.notifications.inbox.boundary.InboxPage;
import com.duskspendr.notifications.inbox.boundary.InboxService;
import com.duskspendr.notifications.inbox.boundary.LiveInbox;
import com.duskspendr.notifications.preferences.boundary.PreferencesService;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's in-app inbox and notification settings. */
@Path("v1/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@Tag(name = "Notifications", description = "Budget, anomaly and large-payment alerts: inbox and settings")
public class NotificationsResource {

  /** The most a reconnecting stream replays; an app away longer reads the inbox itself. */
  static final int MAX_REPLAY = 500;

  @Inject InboxService inbox;
  @Inject LiveInbox live;
  @Inject PreferencesService preferences;
  @Inject Caller caller;

  @GET
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "My inbox, newest first",
      description = "Keyset pages: pass meta.nextCursor as cursor for the next one. meta.unreadCount counts all my "
          + "unread notifications.")
  @APIResponse(responseCode = "200", description = "One page; meta.nextCursor is absent on the last page",
      content = @Content(schema = @Schema(implementation = NotificationsSchemas.NotificationPageEnvelope.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response list(
      @Parameter(description = "meta.nextCursor of the previous page", schema = @Schema(type = SchemaType.STRING))
          @QueryParam("cursor") String cursor,
      @Parameter(description = "true: unread only", schema = @Schema(type = SchemaType.BOOLEAN))
          @QueryParam("unread") String unread,
      @Parameter(description = "Page size, 1 to 100",
          schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", minimum = "1", maximum = "100"))
          @QueryParam("limit") String limit) {
    InboxPage page = inbox.page(caller.accountId(), cursor, unread, limit);
    return ApiResponses.countedPage(
        page.items().stream().map(NotificationResponse::from).toList(), page.nextCursor(), page.unreadCount());
  }

  @GET
  @Path("stream")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "My new notifications, live (Server-Sent Events)",
      description = "Each new inbox entry is an event named notification, id = the notification's id, data = its "
          + "JSON, on whichever instance the app is connected to. Reconnect with Last-Event-ID to get what was "
          + "missed first (up to 500), without loss.")
  @APIResponse(responseCode = "200", description = "text/event-stream")
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  public void stream(
      @Parameter(description = "The id of the last event received") @HeaderParam("Last-Event-ID") String lastEventId,
      @Context SseEventSink sink,
      @Context Sse sse) {
    var owner = caller.accountId();
    InboxStream stream = new InboxStream(sink, sse);
    // Subscribed before reading what was missed, so nothing falls between the two; the stream orders them.
    stream.subscribed(live.subscribe(owner, stream::live));
    var lastSeen = lastEventId == null ? java.util.Optional.<UUID>empty() : RecordIds.uuid(lastEventId.strip());
    stream.start(lastSeen.map(id -> inbox.after(owner, id, MAX_REPLAY)).orElse(java.util.List.of()));
  }

  @POST
  @Path("{id}/read")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Mark one notification read")
  @APIResponse(responseCode = "200", description = "The notification, read",
      content = @Content(schema = @Schema(implementation = NotificationsSchemas.NotificationEnvelope.class)))
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response read(@PathParam("id") String id) {
    return ApiResponses.ok(NotificationResponse.from(inbox.markRead(caller.accountId(), notificationId(id))));
  }

  @POST
  @Path("read-all")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Mark all my notifications read", description = "Answers how many were unread.")
  @APIResponse(responseCode = "200", description = "{marked: n}")
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response readAll() {
    return ApiResponses.ok(new ReadAllResponse(inbox.markAllRead(caller.accountId())));
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Delete one notification", description = "Its delivery records go with it.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response delete(@PathParam("id") String id) {
    inbox.delete(caller.accountId(), notificationId(id));
    return ApiResponses.noContent();
  }

  @GET
  @Path("preferences")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "My notification settings",
      description = "Defaults: in-app and push for every type, email also for security and the digest, SMS off.")
  @APIResponse(responseCode = "200", description = "My settings",
      content = @Content(schema = @Schema(implementation = NotificationsSchemas.PreferencesEnvelope.class)))
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response getPreferences() {
    return ApiResponses.ok(PreferencesResponse.from(preferences.settingsOf(caller.accountId())));
  }

  @PUT
  @Path("preferences")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Replace my notification settings",
      description = "Replaces all of them; a type left out of channels gets its default. Every invalid field is "
          + "named at once.")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PreferencesBody.class)))
  @APIResponse(responseCode = "200", description = "My settings as stored",
      content = @Content(schema = @Schema(implementation = NotificationsSchemas.PreferencesEnvelope.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response putPreferences(@NotNull PreferencesBody body) {
    return ApiResponses.ok(PreferencesResponse.from(preferences.replace(caller.accountId(), body.toRequest())));
  }

  /** A malformed id answers 404 like any id that is not one of the caller's notifications. */
  private static UUID notificationId(String id) {
    return RecordIds.orNotFound(id, NotFoundException::new);
  }
}

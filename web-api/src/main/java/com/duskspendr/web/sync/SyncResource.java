package com.duskspendr.web.sync;

import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.transactions.sync.boundary.ChangeFeed;
import com.duskspendr.transactions.sync.boundary.FeedPage;
import com.duskspendr.transactions.sync.boundary.SyncCursor;
import com.duskspendr.transactions.sync.boundary.SyncLimits;
import com.duskspendr.web.api.ApiDocs;
import com.duskspendr.web.api.ConditionalReads;
import com.duskspendr.web.api.ApiResponses;
import com.duskspendr.web.api.Roles;
import com.duskspendr.web.auth.Caller;
import com.duskspendr.web.request.BodyLimit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Offline sync: the caller's changes feed and the push of their offline changes. Only the caller's own
 * records are ever read or written: the feed is keyed by the caller, and readers and writers are given the
 * caller as owner (another user's id is simply not found).
 */
@Path("v1/sync")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@Tag(name = "Sync", description = "Offline sync for the mobile app: changes since a cursor, and pushing offline changes")
public class SyncResource {

  /**
   * A push's own body cap: 500 transactions with every text field at its longest (notes 2,000 characters,
   * description 500, 20 tags of 32) take about 2 MB, twice the global cap.
   */
  static final String MAX_PUSH_BYTES_KEY = "duskspendr.sync.max-push-bytes";
  static final long DEFAULT_MAX_PUSH_BYTES = 4_194_304;

  @Inject ChangeFeed feed;
  @Inject SyncedRecords records;
  @Inject Caller caller;

  @GET
  @Path("changes")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "My changes since a cursor, in commit order",
      description = "Each record's latest change after the cursor: upserts carry the record as its GET returns it, "
          + "deletes are tombstones (data null). Page until hasMore is false, then keep nextCursor for next time: "
          + "a client that pages to the end holds exactly the server's state, whatever was written meanwhile. "
          + "A record may come again with the same version; applying it again changes nothing. "
          + "Send the ETag back in If-None-Match: 304 while nothing of mine changed.")
  @APIResponse(responseCode = "200", description = "A page of changes",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = SyncSchemas.ChangesEnvelope.class)))
  @APIResponse(responseCode = "304", description = "Not modified: nothing changed since the page the tag names")
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response changes(
      @Parameter(description = "nextCursor of the previous page; absent for the whole state") @QueryParam("since") String since,
      @Parameter(description = "Page size, 1 to 500", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "100"))
          @QueryParam("limit") String limitText,
      @Context UriInfo uri,
      @Context Request request) {
    int limit = pageSize(limitText);
    SyncCursor cursor = SyncCursor.decode(since);
    var owner = caller.accountId();
    EntityTag etag = ConditionalReads.tag(feed.lastSeq(owner), owner, uri.getRequestUri().getRawQuery());
    Response unchanged = ConditionalReads.notModified(request, etag);
    if (unchanged != null) {
      return unchanged;
    }
    return ConditionalReads.tagged(
        ApiResponses.okBuilder(new ChangeFeedAssembler(records).assemble(owner, feed.changesSince(owner, cursor, limit))),
        etag);
  }

  @POST
  @Path("push")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @BodyLimit(configKey = MAX_PUSH_BYTES_KEY, defaultBytes = DEFAULT_MAX_PUSH_BYTES)
  @Operation(summary = "Push changes made offline",
      description = "Up to 500 changes, applied in order, each on its own: a result per change, in the same order. "
          + "applied: written, with the new version; conflict: the server has a version the client has not seen "
          + "(current is the server's record; nothing was overwritten); rejected: invalid (details); error: retry later. "
          + "Pushing the same changes again is harmless: changes whose data the server already holds answer applied.")
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PushRequest.class)))
  @APIResponse(responseCode = "200", description = "One result per change",
      content = @Content(schema = @Schema(implementation = SyncSchemas.PushEnvelope.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
  @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response push(@Valid @NotNull PushRequest request) {
    SyncPush.Tombstones tombstones =
        (owner, entity, id) -> feed.lastChange(owner, entity, id).map(FeedPage.FeedEntry::deleted).orElse(false);
    return ApiResponses.ok(new SyncPush(records, tombstones).apply(caller.accountId(), request.changes()));
  }

  /**
   * Parsed here rather than by JAX-RS: a query parameter JAX-RS cannot convert answers 404 (as the spec
   * says), and {@code limit=abc} is the client's mistake, not a missing resource. ASCII digits only.
   */
  static int pageSize(String text) {
    if (text == null) {
      return SyncLimits.DEFAULT_PAGE_SIZE;
    }
    String digits = text.strip();
    if (!digits.matches("[0-9]{1,3}")
        || Integer.parseInt(digits) < 1
        || Integer.parseInt(digits) > SyncLimits.MAX_PAGE_SIZE) {
      throw InvalidInputException.of("limit", "must be a whole number between 1 and " + SyncLimits.MAX_PAGE_SIZE);
    }
    return Integer.parseInt(digits);
  }
}

package com.duskspendr.web.admin;

import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.web.api.ApiDocs;
import com.duskspendr.web.api.ApiResponses;
import com.duskspendr.web.api.Roles;
import com.duskspendr.web.auth.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The broker's queues and dead letters for ops (Artemis' management API, see {@link BrokerManagement}). */
@Path("v1/admin/queues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@Tag(name = "Admin", description = "Operations (admins)")
public class AdminQueuesResource {

  /** A replay of one message (the broker's {@code messageId} from the message list) or, without one, all. */
  public record ReplayRequest(Long messageId) {}

  /** The second step of a purge: the token the first step answered. */
  public record PurgeRequest(@Size(max = 100) String confirmation) {

    /** Declared explicitly, unannotated: see {@code LoginRequest} (Payara's OpenAPI scanner fails otherwise). */
    public PurgeRequest(String confirmation) {
      this.confirmation = confirmation;
    }
  }

  @Inject Queues queues;
  @Inject PurgeConfirmations confirmations;
  @Inject Caller caller;

  @GET
  @Operation(summary = "Every queue and topic subscription: address, depth, consumers")
  @APIResponse(responseCode = "200", description = "The queues")
  @APIResponse(responseCode = "503", description = "The broker did not answer")
  public Response all() {
    return ApiResponses.ok(queues.all());
  }

  @GET
  @Path("{name}/messages")
  @Operation(summary = "Browse a queue (up to 200 messages)", description = "Headers and properties of each message, "
      + "its original destination, and its body redacted to its shape.")
  @APIResponse(responseCode = "200", description = "The messages, oldest first")
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response messages(@PathParam("name") String name) {
    return ApiResponses.ok(queues.messages(name));
  }

  @POST
  @Path("{name}/replay")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replay dead letters to their original destination",
      description = "{\"messageId\": n} for one message, {} for all. Only the dead-letter and expiry queues replay.")
  @APIResponse(responseCode = "200", description = "{replayed: n}")
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response replay(@PathParam("name") String name, ReplayRequest request) {
    Long messageId = request == null ? null : request.messageId();
    if (messageId != null && messageId < 0) {
      throw InvalidInputException.of("messageId", "must be a message id from the message list");
    }
    return ApiResponses.ok(Map.of("replayed", queues.replay(name, messageId)));
  }

  @POST
  @Path("{name}/purge")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Purge a queue, in two steps", description = "{} answers 202 with a confirmation token, the "
      + "queue's depth and the token's expiry; {\"confirmation\": token} then removes every message (200, {purged: n}). "
      + "A token works once, for its queue and its admin only.")
  @APIResponse(responseCode = "200", description = "{purged: n}")
  @APIResponse(responseCode = "202", description = "{confirmation, messageCount, expiresAt}")
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response purge(
      @PathParam("name") String name, @jakarta.validation.Valid PurgeRequest request, @Context UriInfo uri) {
    String confirmation = request == null ? null : request.confirmation();
    if (confirmation == null || confirmation.isBlank()) {
      long depth = queues.one(name).messageCount();
      String token = confirmations.issue(name, caller.accountId());
      // Location: what the purge would remove.
      return ApiResponses.accepted(uri.getBaseUriBuilder().path("v1/admin/queues").path(name).path("messages").build(),
          Map.of("confirmation", token, "messageCount", depth,
              "expiresAt", Instant.now().plus(confirmations.ttl()).toString()));
    }
    if (!confirmations.spend(confirmation, name, caller.accountId())) {
      throw InvalidInputException.of("confirmation", "unknown, expired, used, or issued for another queue or admin");
    }
    return ApiResponses.ok(Map.of("purged", queues.purge(name)));
  }
}

package com.duskspendr.web.admin;

import com.duskspendr.auth.audit.boundary.AuditEntry;
import com.duskspendr.auth.audit.boundary.AuditLog;
import com.duskspendr.web.api.ApiDocs;
import com.duskspendr.web.api.ApiResponses;
import com.duskspendr.web.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log, newest first, paged by a cursor (the id to continue below), so new entries never shift pages. */
@Path("v1/admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@Tag(name = "Admin", description = "Operations (admins)")
public class AdminAuditResource {

  /** One entry as the API shows it; the outcome in lower case, as the log stores it. */
  public record AuditEntryResponse(
      long id, java.time.OffsetDateTime occurredAt, java.util.UUID actorId, String action, String target, int status,
      String outcome, String requestId) {

    static AuditEntryResponse from(AuditEntry entry) {
      return new AuditEntryResponse(entry.id(), entry.occurredAt(), entry.actorId(), entry.action(), entry.target(),
          entry.status(), entry.outcome().column(), entry.requestId());
    }
  }

  @Inject AuditLog audit;

  @GET
  @Operation(summary = "The audit log of admin calls", description = "limit 1 to 200 (default 50); cursor: "
      + "meta.nextCursor of the previous page.")
  @APIResponse(responseCode = "200", description = "Entries, newest first; meta.nextCursor continues")
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  public Response page(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
    int size = Paging.number("limit", limit, 50, 1, 200);
    List<AuditEntry> entries =
        audit.page(Paging.longNumber("cursor", cursor, Long.MAX_VALUE, 1, Long.MAX_VALUE), size);
    String next = entries.size() == size ? Long.toString(entries.get(entries.size() - 1).id()) : null;
    return ApiResponses.page(entries.stream().map(AuditEntryResponse::from).toList(), next);
  }
}

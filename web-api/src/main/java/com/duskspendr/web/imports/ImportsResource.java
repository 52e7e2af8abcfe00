package com.duskspendr.web.imports;

import com.duskspendr.auth.oauth.boundary.ApiScopes;
import com.duskspendr.web.auth.Scoped;
import com.duskspendr.platform.failure.RecordNotFoundException;
import com.duskspendr.transactions.imports.boundary.StatementImport;
import com.duskspendr.web.api.ApiDocs;
import com.duskspendr.web.api.ApiResponses;
import com.duskspendr.web.api.RecordIds;
import com.duskspendr.web.api.Roles;
import com.duskspendr.web.auth.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A background statement import's progress: {@code /api/v1/transactions/imports/{id}}. */
@Scoped(read = ApiScopes.TRANSACTIONS_READ, write = ApiScopes.TRANSACTIONS_WRITE)
@Path("v1/transactions/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@Tag(name = "Transactions")
public class ImportsResource {

  @Inject StatementImport statements;
  @Inject Caller caller;

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Follow one of my statement imports",
      description = "Poll until status is done or failed: processedLines of totalLines are dealt with so far "
          + "(imported, duplicates, failed lines). A failed import stopped early (error says why): importing the "
          + "file again is harmless, the lines already stored are skipped as duplicates.")
  @APIResponse(responseCode = "200", description = "The import so far",
      content = @Content(schema = @Schema(implementation = ImportSchemas.ImportStatusEnvelope.class)))
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response get(@PathParam("id") String id) {
    var importId = RecordIds.uuid(id).orElseThrow(() -> new RecordNotFoundException("Import"));
    return ApiResponses.ok(ImportStatusResponse.from(statements.progress(caller.accountId(), importId)));
  }
}

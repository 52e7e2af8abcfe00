package com.duskspendr.web.analytics;

import com.duskspendr.analytics.exports.boundary.ExportService;
import com.duskspendr.analytics.exports.boundary.ExportView;
import com.duskspendr.web.api.ApiDocs;
import com.duskspendr.web.api.ApiResponses;
import com.duskspendr.web.api.Roles;
import com.duskspendr.web.auth.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Data export (SS-216): a zip of everything the caller owns, fetched with a short-lived signed link. */
@Path("v1/exports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exports", description = "Data export")
public class ExportsResource {

  @Inject ExportService exports;
  @Inject Caller caller;

  @POST
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @SecurityRequirement(name = Roles.BEARER_SCHEME)
  @Operation(summary = "Export my data", description = "202; a job writes the zip (transactions.csv, budgets.csv, "
      + "categories.csv, rules.csv, export.json). GET the export for its progress and, once ready, its download link. "
      + "Kept duskspendr.exports.ttl (7 days).")
  @APIResponse(responseCode = "202", description = "Requested; Location is the export")
  public Response request(@Context UriInfo uri) {
    ExportView export = exports.request(caller.accountId());
    return ApiResponses.accepted(uri.getBaseUriBuilder().path("v1/exports").path(export.id()).build(), export);
  }

  @GET
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @SecurityRequirement(name = Roles.BEARER_SCHEME)
  @Operation(summary = "My exports that have not expired")
  public Response list() {
    return ApiResponses.ok(exports.list(caller.accountId()));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @SecurityRequirement(name = Roles.BEARER_SCHEME)
  @Operation(summary = "An export's status, progress and (when ready) a fresh signed download link")
  @APIResponse(responseCode = "200", description = "The export")
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response get(@PathParam("id") String id) {
    return ApiResponses.ok(exports.get(caller.accountId(), id));
  }

  @GET
  @Path("{id}/download")
  @PermitAll
  @Produces({"application/zip", MediaType.APPLICATION_JSON})
  @Operation(summary = "Download an export with its signed link",
      description = "No bearer token: the signature stands for the owner. Forged, expired or foreign links are 404.")
  @APIResponse(responseCode = "200", description = "The zip")
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response download(
      @PathParam("id") String id, @QueryParam("expires") String expires, @QueryParam("signature") String signature) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(exports.download(id, expires, signature), "application/zip")
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"duskspendr-export-" + id + ".zip\"")
        .cacheControl(noStore)
        .build();
  }
}

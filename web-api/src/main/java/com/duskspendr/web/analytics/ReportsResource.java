package com.duskspendr.web.analytics;

import com.duskspendr.auth.oauth.boundary.ApiScopes;
import com.duskspendr.web.auth.Scoped;
import com.duskspendr.analytics.reports.boundary.ReportDocument;
import com.duskspendr.analytics.reports.boundary.ReportService;
import com.duskspendr.analytics.reports.boundary.ReportView;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Monthly statements: request one, follow it, download it as PDF, CSV or JSON. */
@Scoped(read = ApiScopes.ANALYTICS_READ)
@Path("v1/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@Tag(name = "Reports", description = "Monthly statements")
public class ReportsResource {

  /** {@code {month: "2026-05"}} */
  public record ReportRequest(String month) {}

  @Inject ReportService reports;
  @Inject Caller caller;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Produce a month's statement", description = "202; the report is pending until its job has "
      + "rendered it (GET it to follow), then ready with its formats.")
  @APIResponse(responseCode = "202", description = "Requested; Location is the report")
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  public Response request(@NotNull ReportRequest request, @Context UriInfo uri) {
    ReportView report = reports.request(caller.accountId(), request.month());
    return ApiResponses.accepted(uri.getBaseUriBuilder().path("v1/reports").path(report.id()).build(), report);
  }

  @GET
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "My statements, newest month first")
  @APIResponse(responseCode = "200", description = "The statements")
  public Response list() {
    return ApiResponses.ok(reports.list(caller.accountId()));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "One statement's status")
  @APIResponse(responseCode = "200", description = "The statement")
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response get(@PathParam("id") String id) {
    return ApiResponses.ok(reports.get(caller.accountId(), id));
  }

  @GET
  @Path("{id}/download")
  @Produces({"application/pdf", "text/csv", MediaType.APPLICATION_JSON})
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Download a ready statement", description = "format=pdf (default), csv or json")
  @APIResponse(responseCode = "200", description = "The document")
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response download(@PathParam("id") String id, @QueryParam("format") String format) {
    ReportDocument document = reports.download(caller.accountId(), id, format);
    return Response.ok(document.content(), document.mediaType())
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + document.fileName() + "\"")
        .build();
  }
}

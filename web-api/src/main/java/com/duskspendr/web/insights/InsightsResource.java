package com.duskspendr.web.insights;

import com.duskspendr.auth.oauth.boundary.ApiScopes;
import com.duskspendr.web.auth.Scoped;
import com.duskspendr.ml.insights.boundary.InsightReport;
import com.duskspendr.ml.insights.boundary.InsightsService;
import com.duskspendr.web.api.ApiDocs;
import com.duskspendr.web.api.ApiResponses;
import com.duskspendr.web.api.Roles;
import com.duskspendr.web.auth.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Insights computed from the caller's own transactions and budgets. */
@Scoped(read = ApiScopes.ANALYTICS_READ)
@Path("v1/ai/insights")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@Tag(name = "Insights", description = "Spending patterns, anomalies, recurring payments and savings opportunities")
public class InsightsResource {

  /** Set (to {@code true}) when the history read was capped, so older periods look emptier than they were. */
  static final String TRUNCATED_HEADER = "X-Insights-History-Truncated";

  @Inject InsightsService insights;
  @Inject Caller caller;

  @GET
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "My insights for a period",
      description = "Top categories against the previous three periods, unusual amounts, likely duplicate charges, "
          + "large first payments to a merchant, recurring payments with their monthly cost and price increases, "
          + "and savings opportunities. Periods are in my time zone and week start; amounts are never added "
          + "across currencies (my main currency's insights come first).")
  @APIResponse(responseCode = "200", description = "The insights, main currency first, most urgent first",
      headers = @Header(name = TRUNCATED_HEADER, description = "true when the history was capped",
          schema = @Schema(type = SchemaType.BOOLEAN)),
      content = @Content(schema = @Schema(implementation = InsightsSchemas.InsightsEnvelope.class)))
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
  @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
  @APIResponse(responseCode = "500", ref = ApiDocs.INTERNAL_ERROR)
  public Response list(
      @Parameter(description = "The period's length", schema = @Schema(type = SchemaType.STRING,
          enumeration = {"week", "month", "quarter", "year"}, defaultValue = "month"))
          @QueryParam("period") String period,
      @Parameter(description = "A day inside the wanted period, YYYY-MM-DD, not after today; default today",
          schema = @Schema(type = SchemaType.STRING, format = "date"))
          @QueryParam("date") String date) {
    InsightReport report = insights.insights(caller.accountId(), period, date);
    Response.ResponseBuilder ok =
        ApiResponses.okBuilder(report.insights().stream().map(InsightResponse::from).toList());
    if (report.historyTruncated()) {
      ok.header(TRUNCATED_HEADER, "true");
    }
    return ok.build();
  }
}

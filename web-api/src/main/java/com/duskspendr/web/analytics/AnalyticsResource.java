package com.duskspendr.web.analytics;

import com.duskspendr.auth.oauth.boundary.ApiScopes;
import com.duskspendr.web.auth.Scoped;
import com.duskspendr.analytics.spending.boundary.AnalyticsService;
import com.duskspendr.web.api.ApiDocs;
import com.duskspendr.web.api.ApiResponses;
import com.duskspendr.web.api.Roles;
import com.duskspendr.web.auth.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's spending analytics. Every answer is exact: the nightly aggregates plus what changed in the
 * ledger since. Amounts are per currency, never added across currencies; the main currency comes first.
 */
@Scoped(read = ApiScopes.ANALYTICS_READ)
@Path("v1/analytics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@Tag(name = "Analytics", description = "Spending summary, trends, category breakdown and cash flow")
public class AnalyticsResource {

  @Inject AnalyticsService analytics;
  @Inject Caller caller;

  @GET
  @Path("spending-summary")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Spending in a period",
      description = "period=week|month|quarter|year (with date, a day inside it; default today in my time zone) or "
          + "custom (from, to). Weeks start on my week start. dailyAverage divides by the days of the period, or those "
          + "elapsed so far in the current one (averageDays).")
  @APIResponse(responseCode = "200", description = "Per currency: totals, daily average, by primary category")
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  public Response summary(
      @QueryParam("period") String period, @QueryParam("date") String date, @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return ApiResponses.ok(analytics.summary(caller.accountId(), period, date, from, to));
  }

  @GET
  @Path("trends")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Month by month", description = "The last months (1-60, default 6) up to the current one; "
      + "months without transactions are zeros; changeFromPrevious is the change of spending in percent.")
  @APIResponse(responseCode = "200", description = "Per currency, oldest month first")
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  public Response trends(@QueryParam("months") String months) {
    return ApiResponses.ok(analytics.trends(caller.accountId(), months));
  }

  @GET
  @Path("cashflow")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "Income against spending", description = "The last months (1-60, default 12) with the savings "
      + "rate (net / income; null in a month without income).")
  @APIResponse(responseCode = "200", description = "Per currency, oldest month first")
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  public Response cashflow(@QueryParam("months") String months) {
    return ApiResponses.ok(analytics.cashflow(caller.accountId(), months));
  }

  @GET
  @Path("categories/{id}/breakdown")
  @RolesAllowed({Roles.USER, Roles.ADMIN})
  @Operation(summary = "A primary category in a period", description = "Its detailed categories and top merchants; "
      + "period parameters as for the summary.")
  @APIResponse(responseCode = "200", description = "Per currency")
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response breakdown(
      @PathParam("id") String id, @QueryParam("period") String period, @QueryParam("date") String date,
      @QueryParam("from") String from, @QueryParam("to") String to) {
    return ApiResponses.ok(analytics.breakdown(caller.accountId(), id, period, date, from, to));
  }
}

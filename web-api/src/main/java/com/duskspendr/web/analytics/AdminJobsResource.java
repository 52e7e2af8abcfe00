package com.duskspendr.web.analytics;

import com.duskspendr.analytics.jobs.boundary.JobControl;
import com.duskspendr.analytics.jobs.boundary.JobExecutionView;
import com.duskspendr.platform.failure.DomainException.FieldIssue;
import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.web.api.ApiDocs;
import com.duskspendr.web.api.ApiJson;
import com.duskspendr.web.api.ApiResponses;
import com.duskspendr.web.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The batch jobs for schedulers and ops: start with parameters, follow, stop and restart executions. */
@Path("v1/admin/jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@Tag(name = "Jobs", description = "Batch jobs (admins)")
public class AdminJobsResource {

  /** Optional body of a start or a restart: the job parameters. */
  public record StartJobRequest(Map<String, String> parameters) {}

  @Inject JobControl jobs;

  @POST
  @Path("{jobName}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Start a job", description = "Body {parameters: {...}}, {} for none: analytics-nightly "
      + "(itemCount, pauseMillis), analytics-rebuild (userId, itemCount, pauseMillis) or retrain-categorizer; 409 while "
      + "an execution of the same job runs.")
  @APIResponse(responseCode = "202", description = "Started; Location is the execution")
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
  public Response start(@PathParam("jobName") String jobName, StartJobRequest request, @Context UriInfo uri) {
    JobExecutionView started = jobs.start(
        jobName, request == null || request.parameters() == null ? Map.of() : request.parameters());
    return ApiResponses.accepted(location(uri, started.executionId()), started);
  }

  @GET
  @Path("{jobName}/executions")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "A job's executions, newest first")
  @APIResponse(responseCode = "200", description = "The executions")
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response executions(@PathParam("jobName") String jobName, @QueryParam("limit") String limit) {
    return ApiResponses.ok(jobs.executions(jobName, limit(limit)));
  }

  @GET
  @Path("executions/{id}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "One execution: status, times, exit status, step metrics, progress")
  @APIResponse(responseCode = "200", description = "The execution")
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  public Response execution(@PathParam("id") String id) {
    return ApiResponses.ok(jobs.execution(executionId(id)));
  }

  @POST
  @Path("executions/{id}/restart")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Restart a failed or stopped execution from its last checkpoint", description = "With its "
      + "parameters; an optional body {parameters: {...}} replaces some, e.g. pauseMillis 0 to lift a throttle.")
  @APIResponse(responseCode = "202", description = "The new execution")
  @APIResponse(responseCode = "400", ref = ApiDocs.VALIDATION_ERROR)
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
  public Response restart(
      @PathParam("id") String id,
      @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = StartJobRequest.class))) String body,
      @Context UriInfo uri) {
    JobExecutionView restarted = jobs.restart(executionId(id), optionalParameters(body));
    return ApiResponses.accepted(location(uri, restarted.executionId()), restarted);
  }

  /**
   * A restart's body is optional (a bare POST, as schedulers send it): read as text, so that an empty one is
   * no parameters rather than the missing body a bound record would make it.
   */
  private static Map<String, String> optionalParameters(String body) {
    if (body == null || body.isBlank()) {
      return Map.of();
    }
    try {
      StartJobRequest request = ApiJson.jsonb().fromJson(body, StartJobRequest.class);
      return request == null || request.parameters() == null ? Map.of() : request.parameters();
    } catch (JsonbException malformed) {
      throw new InvalidInputException(
          List.of(new FieldIssue("parameters", "the body must be {\"parameters\": {\"name\": \"value\"}}")));
    }
  }

  @POST
  @Path("executions/{id}/stop")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Stop a running execution after its current chunk")
  @APIResponse(responseCode = "202", description = "Stopping")
  @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
  @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
  public Response stop(@PathParam("id") String id, @Context UriInfo uri) {
    JobExecutionView stopping = jobs.stop(executionId(id));
    return ApiResponses.accepted(location(uri, stopping.executionId()), stopping);
  }

  private static java.net.URI location(UriInfo uri, long executionId) {
    return uri.getBaseUriBuilder().path("v1/admin/jobs/executions").path(Long.toString(executionId)).build();
  }

  private static long executionId(String text) {
    try {
      long id = Long.parseLong(text);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException notAnId) {
      // not found below
    }
    throw new NotFoundException();
  }

  private static int limit(String text) {
    if (text == null || text.isBlank()) {
      return 20;
    }
    try {
      int limit = Integer.parseInt(text.strip());
      if (limit >= 1 && limit <= 100) {
        return limit;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    throw InvalidInputException.of("limit", "must be a whole number from 1 to 100");
  }
}

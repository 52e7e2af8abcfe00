package com.duskspendr.web.admin;

import com.duskspendr.platform.messaging.ConsumedMessages;
import com.duskspendr.web.api.ApiResponses;
import com.duskspendr.web.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Manifest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The system at a glance for the console: each dependency's health (the readiness checks themselves, called
 * here, so the figures are the same as {@code /health/ready}'s), build version, uptime, this instance's live
 * request figures, and where the jobs and the model are managed.
 */
@Path("v1/admin/system")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = Roles.BEARER_SCHEME)
@Tag(name = "Admin", description = "Operations (admins)")
public class AdminSystemResource {

  /** One dependency: its check's name, UP or DOWN, and the check's data. */
  public record Dependency(String name, String status, Map<String, Object> data) {}

  /** Where the console finds the batch jobs and the model (the existing endpoints). */
  public record Link(String name, String method, String href) {}

  /**
   * @param instance this instance's name ({@code duskspendr.instance.name}): the answer is about it alone
   * @param messagesConsumed messages its consumers have read since it started
   */
  public record SystemResponse(
      String version, String instance, Instant startedAt, long uptimeSeconds, List<Dependency> health,
      RequestFigures.Snapshot figures, long messagesConsumed, List<Link> links) {}

  static final List<Link> LINKS = List.of(
      new Link("analytics-nightly executions", "GET", "/api/v1/admin/jobs/analytics-nightly/executions"),
      new Link("analytics-rebuild executions", "GET", "/api/v1/admin/jobs/analytics-rebuild/executions"),
      new Link("retrain-categorizer executions", "GET", "/api/v1/admin/jobs/retrain-categorizer/executions"),
      new Link("start a job", "POST", "/api/v1/admin/jobs/{jobName}"),
      new Link("active model", "GET", "/api/v1/ai/model"),
      new Link("retrain the model", "POST", "/api/v1/ai/model/retrain"),
      new Link("OAuth clients", "GET", "/api/v1/admin/oauth/clients"));

  @Inject @Readiness @Any Instance<HealthCheck> readiness;
  @Inject RequestFigures figures;

  /** The launcher names each instance it starts; elsewhere, name it in the environment. */
  @Inject
  @ConfigProperty(name = "duskspendr.instance.name", defaultValue = "duskspendr")
  String instanceName;
  @Context ServletContext servlet;

  @GET
  @Operation(summary = "Health, version, uptime and live figures of this instance")
  @APIResponse(responseCode = "200", description = "The system")
  public Response system() {
    long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
    return ApiResponses.ok(new SystemResponse(version(), instanceName, Instant.ofEpochMilli(
        ManagementFactory.getRuntimeMXBean().getStartTime()), uptime / 1000, health(), figures.snapshot(),
        ConsumedMessages.sinceStart(), LINKS));
  }

  private List<Dependency> health() {
    List<Dependency> dependencies = new ArrayList<>();
    for (HealthCheck check : readiness) {
      HealthCheckResponse answer;
      try {
        answer = check.call();
      } catch (RuntimeException failed) {
        dependencies.add(new Dependency(check.getClass().getSimpleName(), "DOWN",
            Map.of("error", failed.getClass().getSimpleName())));
        continue;
      }
      Map<String, Object> data = new LinkedHashMap<>();
      answer.getData().ifPresent(data::putAll);
      dependencies.add(new Dependency(answer.getName(), answer.getStatus().name(), data));
    }
    dependencies.sort(Comparator.comparing(Dependency::name));
    return dependencies;
  }

  /** The WAR's Implementation-Version (its manifest, written by the build). */
  private String version() {
    try (InputStream in = servlet.getResourceAsStream("/META-INF/MANIFEST.MF")) {
      if (in != null) {
        String version = new Manifest(in).getMainAttributes().getValue("Implementation-Version");
        if (version != null) {
          return version;
        }
      }
    } catch (IOException unreadable) {
      // reported as unknown below
    }
    return "unknown";
  }
}

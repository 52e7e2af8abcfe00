package com.duskspendr.web.platform;

import com.duskspendr.web.api.RouteDeprecation;
import com.duskspendr.web.envelope.EnvelopeFactory;
import com.duskspendr.web.envelope.SuccessEnvelope;
import com.duskspendr.web.request.RequestContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * Test resources: one route in two versions side by side, as a v2 would arrive; the old one deprecated.
 * Deployed only with PlatformWiringIT's archive.
 */
public final class VersionProbes {

  private VersionProbes() {}

  @Path("v1/version-probe")
  @RouteDeprecation(since = "2026-12-01", sunset = "2027-06-01", successor = "/api/v2/version-probe")
  public static class Old {
    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public SuccessEnvelope<Map<String, String>> get() {
      return EnvelopeFactory.system().success(RequestContext.requestIdOrNew(), Map.of("name", "Ana Lima"));
    }
  }

  @Path("v2/version-probe")
  public static class New {
    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public SuccessEnvelope<Map<String, String>> get() {
      return EnvelopeFactory.system().success(RequestContext.requestIdOrNew(), Map.of("givenName", "Ana", "familyName", "Lima"));
    }
  }
}

package com.duskspendr.web.admin;

import com.duskspendr.auth.audit.boundary.AuditLog;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.persistence.Timestamps;
import com.duskspendr.web.auth.Caller;
import com.duskspendr.web.request.RequestContext;
import com.duskspendr.web.request.RouteTemplates;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The one place every admin call is audited: each answer under {@code /api/v1/admin}, whichever resource gave it
 * and whether it was done, refused (403 for a user's token, 401 without one), rejected or failed. A response
 * filter, so it sees the final status after exception mapping, and the entry is written in a transaction of its
 * own once the call's own has ended. Reads are audited too: an admin reading a user's account or a dead
 * letter's headers is exactly what an audit must show. The entry names the route template and its parameters,
 * never query strings or bodies (they may hold an email fragment or a payload).
 */
@Provider
@Priority(Priorities.USER)
public class AdminAuditFilter implements ContainerResponseFilter {

  private static final Logger LOG = Logger.getLogger(AdminAuditFilter.class.getName());
  static final String ADMIN_PATH = "v1/admin";

  @Inject AuditLog audit;
  @Inject Caller caller;
  @Context ResourceInfo resource;

  Clock clock = Clock.systemUTC();

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String path = request.getUriInfo().getPath();
    if (!isAdminPath(path)) {
      return;
    }
    String target = request.getUriInfo().getPathParameters().entrySet().stream()
        .collect(Collectors.toMap(e -> e.getKey(), e -> String.join(",", e.getValue()), (a, b) -> a, TreeMap::new))
        .entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    try {
      audit.record(Timestamps.now(clock), caller.authenticatedAccount().map(AccountId::value).orElse(null),
          fit(RouteTemplates.template(request.getMethod(), resource)
              .orElse(request.getMethod() + " /" + RouteTemplates.strip(path)), 200), target.isEmpty() ? null : fit(target, 500),
          response.getStatus(), RequestContext.requestId().map(id -> fit(id, 100)).orElse(null));
    } catch (RuntimeException failed) {
      // The call has happened already; its answer stands, but ops must see that its entry is missing.
      LOG.log(Level.SEVERE, "Could not audit " + request.getMethod() + " " + path, failed);
    }
  }

  static boolean isAdminPath(String path) {
    String relative = RouteTemplates.strip(path);
    return relative.equals(ADMIN_PATH) || relative.startsWith(ADMIN_PATH + "/");
  }

  private static String fit(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}

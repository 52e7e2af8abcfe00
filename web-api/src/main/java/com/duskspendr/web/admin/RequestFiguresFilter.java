package com.duskspendr.web.admin;

import com.duskspendr.web.request.RouteTemplates;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Feeds {@link RequestFigures} with every API answer: pre-matching and first of all filters, so the time
 * includes rate limiting and authentication, and requests refused before matching (429, 401) count too, under
 * "unmatched". A failed login is a 401 from the login route.
 */
@Provider
@PreMatching
@Priority(100)
public class RequestFiguresFilter implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String STARTED = RequestFiguresFilter.class.getName() + ".started";
  static final String LOGIN_ROUTE = "POST /v1/auth/login";

  @Inject RequestFigures figures;
  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(STARTED) instanceof Long started)) {
      return;
    }
    Optional<String> matched = RouteTemplates.template(request.getMethod(), resource);
    // Worked out once per request, here: the access log (RequestIdFilter) reads it after the answer.
    matched.ifPresent(template -> request.setProperty(RouteTemplates.ATTRIBUTE, template));
    String route = matched.orElse("unmatched");
    figures.record(route, response.getStatus(), System.nanoTime() - started);
    if (LOGIN_ROUTE.equals(route) && response.getStatus() == 401) {
      figures.loginFailed();
    }
  }
}

package com.duskspendr.web.ratelimit;

import com.duskspendr.web.auth.Caller;
import com.duskspendr.web.request.ClientAddresses;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Takes each API request from its budgets before anything else works on it: the client address's budget for
 * the route class, then, for a signed-in caller, the account's. Pre-matching, so that requests for routes that
 * do not exist are paid for too. The response carries the budgets' state, a refusal included.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class RateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String DECISION = RateLimitFilter.class.getName() + ".decision";

  @Inject RateLimitSettings settings;
  @Inject RateBuckets buckets;
  @Inject Caller caller;
  @Context HttpServletRequest http;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!settings.enabled()) {
      return;
    }
    RouteClass route = RouteClass.of(request.getMethod(), request.getUriInfo().getPath());
    RateDecision decision = new RateDecision();
    request.setProperty(DECISION, decision);

    String address = ClientAddresses.configured().clientOf(http);
    RatePolicy perAddress = settings.perAddress(route);
    decision.add(perAddress, buckets.take("a:" + route.configKey() + ":" + address, perAddress));
    if (decision.allowed()) {
      caller.authenticatedAccount().ifPresent(account -> {
        RatePolicy perUser = settings.perUser(route);
        decision.add(perUser, buckets.take(RateBuckets.accountKey(route, account), perUser));
      });
    }
    if (!decision.allowed()) {
      throw new RateLimitExceededException(decision.retryAfter());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(DECISION) instanceof RateDecision decision && !decision.isEmpty()) {
      response.getHeaders().putSingle("RateLimit-Policy", decision.policyHeader());
      response.getHeaders().putSingle("RateLimit", decision.limitHeader());
    }
  }
}

package com.duskspendr.web.request;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Gives every request an id: the client's {@code X-Request-Id} when acceptable, else a new UUID. A servlet
 * filter rather than a JAX-RS one so that container error pages, the JWKS servlet and Swagger UI carry it too;
 * it also runs on error dispatches, which for requests rejected by the security layer (an invalid token) are
 * the first time our code sees them.
 */
@WebFilter(
    filterName = "RequestIdFilter",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR},
    asyncSupported = true)
public class RequestIdFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String requestId = requestIdOf(request);
    response.setHeader(RequestIds.HEADER, requestId);
    // Below the context root, wherever the application is deployed.
    RequestContext.set(requestId, ApiVersions.of(request.getRequestURI().substring(request.getContextPath().length())));
    try {
      chain.doFilter(request, response);
    } finally {
      RequestContext.clear();
    }
  }

  /** The id already given to this request (an error dispatch of it), else one from its header; remembered on the request. */
  public static String requestIdOf(HttpServletRequest request) {
    Object existing = request.getAttribute(RequestIds.ATTRIBUTE);
    if (existing instanceof String id) {
      return id;
    }
    String id = RequestIds.fromHeader(request.getHeader(RequestIds.HEADER));
    request.setAttribute(RequestIds.ATTRIBUTE, id);
    return id;
  }
}

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
 * CORS for browser clients (see {@link Cors}): a preflight from an allowed origin is answered here, before
 * authentication and rate limits, with what may be sent and for how long the browser may cache that; from
 * any other origin it is refused (403 in the error envelope). Actual requests from an allowed origin carry
 * {@code Access-Control-Allow-Origin} and the headers a client may read.
 */
@WebFilter(
    filterName = "CorsFilter",
    urlPatterns = "/api/*",
    dispatcherTypes = {DispatcherType.REQUEST},
    asyncSupported = true)
public class CorsFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private transient Cors cors;

  public CorsFilter() {}

  CorsFilter(Cors cors) {
    this.cors = cors;
  }

  @Override
  public void init() {
    if (cors == null) {
      cors = Cors.configured();
    }
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String origin = request.getHeader("Origin");
    if (!cors.enabled() || origin == null) {
      chain.doFilter(request, response);
      return;
    }
    response.addHeader("Vary", "Origin");
    String allowed = cors.allowOriginFor(origin);
    boolean preflight = "OPTIONS".equals(request.getMethod())
        && request.getHeader("Access-Control-Request-Method") != null;
    if (preflight) {
      if (allowed == null) {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
        return;
      }
      response.setHeader("Access-Control-Allow-Origin", allowed);
      response.setHeader("Access-Control-Allow-Methods", Cors.ALLOWED_METHODS);
      response.setHeader("Access-Control-Allow-Headers", Cors.ALLOWED_HEADERS);
      response.setHeader("Access-Control-Max-Age", Long.toString(cors.maxAgeSeconds()));
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      return;
    }
    if (allowed != null) {
      response.setHeader("Access-Control-Allow-Origin", allowed);
      response.setHeader("Access-Control-Expose-Headers", Cors.EXPOSED_HEADERS);
    }
    chain.doFilter(request, response);
  }
}

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
 * Headers every answer carries, error pages included: {@code nosniff} (a JSON answer is never run as a
 * script), and {@code Cache-Control: no-store} on any request that carries credentials, so that a shared
 * proxy or the browser's disk never keeps someone's finances. Set before the chain runs: an endpoint that
 * knows better (the JWKS, Swagger UI's assets) replaces it. Swagger UI's page sets its own CSP. Over TLS,
 * {@code Strict-Transport-Security}.
 */
@WebFilter(
    filterName = "SecurityHeaders",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR},
    asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** TLS to us, or to our own proxy in front, which says so in {@code X-Forwarded-Proto}. */
  static boolean overTls(HttpServletRequest request) {
    return request.isSecure()
        || ("https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))
            && ClientAddresses.configured().isTrustedProxy(request.getRemoteAddr()));
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    if (request.getHeader("Authorization") != null) {
      response.setHeader("Cache-Control", "no-store");
    }
    if (overTls(request)) {
      // Only over TLS (RFC 6797): sent over plain HTTP it would mean nothing, or lock a development host out.
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    chain.doFilter(request, response);
  }
}

package com.duskspendr.web.admin;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The ops console's pages (static files under {@code /admin}) and the uPlot webjar they load: a strict
 * Content-Security-Policy (only our own scripts, styles and API: no inline script or style, no eval, no other
 * origin, no plugins), never framed (clickjacking), and not cached, so a new build's console is what ops get.
 */
@WebFilter(filterName = "ConsoleHeaders", urlPatterns = {"/admin/*", "/admin", "/webjars/uplot/*"},
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class ConsoleHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Cache-Control", "no-cache");
    chain.doFilter(request, response);
  }
}

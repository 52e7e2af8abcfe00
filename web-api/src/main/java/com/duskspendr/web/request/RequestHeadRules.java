package com.duskspendr.web.request;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Enumeration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What a request's head may be, answered in the error envelope (through the error page, {@code
 * ErrorPageServlet}): a request target (path and query) over {@code duskspendr.http.max-request-target-bytes}
 * is 414, header fields together over {@code duskspendr.http.max-header-bytes} are 431 (RFC 6585), and {@code
 * TRACE} is 405 (it would echo the request's credentials back). Grizzly reads heads up to a higher ceiling
 * (the launcher's {@code BootCommands}) so that these answers are ours, not its bare 400.
 */
@WebFilter(
    filterName = "RequestHeadRules",
    urlPatterns = "/*",
    dispatcherTypes = DispatcherType.REQUEST,
    asyncSupported = true)
public class RequestHeadRules extends HttpFilter {

  private static final long serialVersionUID = 1L;

  public static final String MAX_TARGET_KEY = "duskspendr.http.max-request-target-bytes";
  public static final int DEFAULT_MAX_TARGET_BYTES = 8 * 1024;
  public static final String MAX_HEADERS_KEY = "duskspendr.http.max-header-bytes";
  public static final int DEFAULT_MAX_HEADER_BYTES = 16 * 1024;

  /** The head's bytes per header field besides its name and value: ": " and CRLF. */
  private static final int FIELD_OVERHEAD = 4;

  private int maxTargetBytes;
  private int maxHeaderBytes;

  @Override
  public void init() {
    Config config = ConfigProvider.getConfig();
    limits(config.getOptionalValue(MAX_TARGET_KEY, Integer.class).orElse(DEFAULT_MAX_TARGET_BYTES),
        config.getOptionalValue(MAX_HEADERS_KEY, Integer.class).orElse(DEFAULT_MAX_HEADER_BYTES));
  }

  void limits(int maxTarget, int maxHeaders) {
    if (maxTarget < 1024 || maxHeaders < 1024) {
      throw new IllegalArgumentException(
          MAX_TARGET_KEY + " and " + MAX_HEADERS_KEY + " must be at least 1024, were " + maxTarget + " and " + maxHeaders);
    }
    this.maxTargetBytes = maxTarget;
    this.maxHeaderBytes = maxHeaders;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    int refusal = refusalOf(request);
    if (refusal != 0) {
      if (refusal == HttpServletResponse.SC_METHOD_NOT_ALLOWED) {
        response.setHeader("Allow", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
      }
      response.sendError(refusal);
      return;
    }
    chain.doFilter(request, response);
  }

  /** The status refusing this request's head, or 0 when it may go on. */
  int refusalOf(HttpServletRequest request) {
    if ("TRACE".equals(request.getMethod())) {
      return HttpServletResponse.SC_METHOD_NOT_ALLOWED;
    }
    String query = request.getQueryString();
    // The raw (undecoded) target: its characters are its bytes.
    long target = request.getRequestURI().length() + (query == null ? 0 : 1 + query.length());
    if (target > maxTargetBytes) {
      return 414;
    }
    return headerBytes(request) > maxHeaderBytes ? 431 : 0;
  }

  private static long headerBytes(HttpServletRequest request) {
    long bytes = 0;
    Enumeration<String> names = request.getHeaderNames();
    while (names != null && names.hasMoreElements()) {
      String name = names.nextElement();
      Enumeration<String> values = request.getHeaders(name);
      while (values.hasMoreElements()) {
        bytes += name.length() + values.nextElement().length() + FIELD_OVERHEAD;
      }
    }
    return bytes;
  }
}

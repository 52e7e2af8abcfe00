package com.duskspendr.web.request;

import com.duskspendr.platform.tracing.CurrentTrace;
import com.duskspendr.platform.tracing.Spans;
import com.duskspendr.platform.tracing.TraceContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

/**
 * Gives every request an id: the client's {@code X-Request-Id} when acceptable, else a new UUID; and a W3C
 * trace span, the thread's {@link CurrentTrace} while it runs, so what the request publishes continues it
 * (with telemetry on, an exported OpenTelemetry server span, see {@link Spans}). A servlet
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
  public static final String TRACERESPONSE = "traceresponse";
  private static final String TRACE_ATTRIBUTE = "com.duskspendr.trace";
  private static final String ACCESS_LOGGED_ATTRIBUTE = "com.duskspendr.access-logged";

  /** Null until the first request: the configured log is read then, inside the server (MicroProfile Config). */
  private transient AccessLog accessLog;

  public RequestIdFilter() {
  }

  /** With a log of the caller's choice: tests run without MicroProfile Config. */
  RequestIdFilter(AccessLog accessLog) {
    this.accessLog = accessLog;
  }

  private AccessLog accessLog() {
    if (accessLog == null) {
      accessLog = AccessLog.configured();
    }
    return accessLog;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String requestId = requestIdOf(request);
    response.setHeader(RequestIds.HEADER, requestId);
    // With telemetry on, the request's first pass starts the exported span, and the trace is that span's.
    Spans.Active span = request.getAttribute(TRACE_ATTRIBUTE) == null && Spans.enabled() ? startSpan(request) : null;
    TraceContext trace = traceOf(request);
    // W3C Trace Context Level 2 names the answer's header traceresponse; traceparent too, for clients that look there
    response.setHeader(TRACERESPONSE, trace.traceparent());
    response.setHeader(TraceContext.TRACEPARENT, trace.traceparent());
    // Below the context root, wherever the application is deployed.
    String path = request.getRequestURI().substring(request.getContextPath().length());
    RequestContext.set(requestId, ApiVersions.of(path));
    CurrentTrace.set(trace);
    // One access log line per request: on its first pass here, which for a request the security layer refused
    // before any filter ran is its error dispatch. (An event stream's line is written once its answer started.)
    boolean firstPass = request.getAttribute(ACCESS_LOGGED_ATTRIBUTE) == null;
    request.setAttribute(ACCESS_LOGGED_ATTRIBUTE, Boolean.TRUE);
    long started = System.nanoTime();
    try {
      chain.doFilter(span == null ? request : new TracedRequest(request, trace), response);
    } finally {
      if (span != null) {
        endSpan(span, request, response);
      }
      AccessLog log = accessLog();
      if (firstPass && log.isOn()) {
        log.record(request.getMethod(), (String) request.getAttribute(RouteTemplates.ATTRIBUTE),
            path, response.getStatus(), System.nanoTime() - started, requestId, trace, request.getUserPrincipal());
      }
      RequestContext.clear();
      CurrentTrace.clear();
    }
  }

  /**
   * This request's span: a child of the caller's W3C {@code traceparent} when valid (with its {@code
   * tracestate}), else the root of a new trace; the same for an error dispatch of the request.
   */
  static TraceContext traceOf(HttpServletRequest request) {
    if (request.getAttribute(TRACE_ATTRIBUTE) instanceof TraceContext existing) {
      return existing;
    }
    TraceContext trace = callerTrace(request)
        .map(TraceContext::child)
        .orElseGet(TraceContext::newRoot);
    request.setAttribute(TRACE_ATTRIBUTE, trace);
    return trace;
  }

  /** The request's server span, a child of the caller's trace; its context becomes the request's trace. */
  private static Spans.Active startSpan(HttpServletRequest request) {
    Spans.Active span = Spans.server("HTTP " + request.getMethod(), callerTrace(request).orElse(null))
        .attribute("http.method", request.getMethod())
        .attribute("http.target", request.getRequestURI());
    request.setAttribute(TRACE_ATTRIBUTE, span.trace());
    return span;
  }

  private static void endSpan(Spans.Active span, HttpServletRequest request, HttpServletResponse response) {
    // The route template, never the path (which carries record ids), names a span as it names an access log line.
    if (request.getAttribute(RouteTemplates.ATTRIBUTE) instanceof String route) {
      span.rename(route).attribute("http.route", route.substring(route.indexOf(' ') + 1));
    }
    span.attribute("http.status_code", response.getStatus());
    if (response.getStatus() >= 500) {
      span.failed();
    }
    span.close();
  }

  private static Optional<TraceContext> callerTrace(HttpServletRequest request) {
    return TraceContext.parse(request.getHeader(TraceContext.TRACEPARENT), request.getHeader(TraceContext.TRACESTATE));
  }

  /**
   * The request as the application below this filter sees it: its {@code traceparent} names this filter's
   * span, so that the span Payara's MicroProfile Telemetry starts for a JAX-RS resource (parented on that
   * header alone) is a child of the request's span, not its sibling.
   */
  private static final class TracedRequest extends HttpServletRequestWrapper {

    private final TraceContext trace;

    TracedRequest(HttpServletRequest request, TraceContext trace) {
      super(request);
      this.trace = trace;
    }

    @Override
    public String getHeader(String name) {
      return TraceContext.TRACEPARENT.equalsIgnoreCase(name) ? trace.traceparent() : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return TraceContext.TRACEPARENT.equalsIgnoreCase(name)
          ? Collections.enumeration(List.of(trace.traceparent())) : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      List<String> names = Collections.list(super.getHeaderNames());
      if (names.stream().noneMatch(TraceContext.TRACEPARENT::equalsIgnoreCase)) {
        names.add(TraceContext.TRACEPARENT);
      }
      return Collections.enumeration(names);
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

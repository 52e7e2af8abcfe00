package com.duskspendr.web.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.platform.tracing.CurrentTrace;
import com.duskspendr.platform.tracing.TraceContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class RequestIdFilterTest {

  private final RequestIdFilter filter = new RequestIdFilter(AccessLog.off());
  private final Map<String, Object> attributes = new HashMap<>();
  private final Map<String, String> responseHeaders = new HashMap<>();

  private HttpServletRequest request(String requestIdHeader) {
    return request(requestIdHeader, null);
  }

  private HttpServletRequest request(String requestIdHeader, String traceparent) {
    return (HttpServletRequest) Proxy.newProxyInstance(
        getClass().getClassLoader(),
        new Class<?>[] {HttpServletRequest.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "getHeader" -> "X-Request-Id".equalsIgnoreCase((String) args[0]) ? requestIdHeader
              : "traceparent".equalsIgnoreCase((String) args[0]) ? traceparent : null;
          case "getAttribute" -> attributes.get((String) args[0]);
          case "getRequestURI" -> "/duskspendr/api/v2/things";
          case "getContextPath" -> "/duskspendr";
          case "getMethod" -> "GET";
          case "getUserPrincipal" -> null;
          case "setAttribute" -> {
            attributes.put((String) args[0], args[1]);
            yield null;
          }
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  private HttpServletResponse response() {
    return (HttpServletResponse) Proxy.newProxyInstance(
        getClass().getClassLoader(),
        new Class<?>[] {HttpServletResponse.class},
        (proxy, method, args) -> {
          if (method.getName().equals("setHeader")) {
            responseHeaders.put((String) args[0], (String) args[1]);
            return null;
          }
          if (method.getName().equals("getStatus")) {
            return 404;
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }

  @Test
  void anAcceptableClientIdIsUsedEverywhereDuringTheRequestAndForgottenAfter() throws Exception {
    AtomicReference<Optional<String>> duringChain = new AtomicReference<>();
    AtomicReference<String> versionDuringChain = new AtomicReference<>();
    FilterChain chain = (req, res) -> {
      duringChain.set(RequestContext.requestId());
      versionDuringChain.set(RequestContext.apiVersion());
    };

    filter.doFilter(request("mobile-req-123"), response(), chain);

    assertEquals(Optional.of("mobile-req-123"), duringChain.get());
    assertEquals("v2", versionDuringChain.get(), "the version of the path below the context root");
    assertEquals(ApiVersions.CURRENT, RequestContext.apiVersion(), "forgotten after");
    assertEquals("mobile-req-123", responseHeaders.get("X-Request-Id"));
    assertEquals("mobile-req-123", attributes.get(RequestIds.ATTRIBUTE));
    assertEquals(Optional.empty(), RequestContext.requestId());
  }

  @Test
  void anUnacceptableClientIdIsReplaced() throws Exception {
    filter.doFilter(request("bad id <script>"), response(), (req, res) -> {});
    String id = responseHeaders.get("X-Request-Id");
    assertNotEquals("bad id <script>", id);
    assertTrue(id.matches("[0-9a-f-]{36}"), id);
    assertEquals(id, attributes.get(RequestIds.ATTRIBUTE));
  }

  @Test
  void anErrorDispatchKeepsTheIdTheRequestAlreadyHas() throws Exception {
    attributes.put(RequestIds.ATTRIBUTE, "first-dispatch-id");
    filter.doFilter(request("another-id"), response(), (req, res) -> {});
    assertEquals("first-dispatch-id", responseHeaders.get("X-Request-Id"));
  }

  @Test
  void theIdIsForgottenEvenWhenTheRequestFails() {
    FilterChain failing = (req, res) -> {
      throw new ServletException("boom");
    };
    assertThrows(ServletException.class, () -> filter.doFilter(request("x-1"), response(), failing));
    assertEquals(Optional.empty(), RequestContext.requestId());
  }

  @Test
  void logLinesStartWithTheRequestIdAndTraceId() throws Exception {
    AtomicReference<String> line = new AtomicReference<>();
    filter.doFilter(request("trace-7", CALLER), response(), (req, res) -> line.set(RequestLog.prefixed("hello")));
    assertEquals("[trace-7 trace=4bf92f3577b34da6a3ce929d0e0e4736] hello", line.get());
    assertEquals("[-] outside", RequestLog.prefixed("outside"));
  }

  private static final String CALLER = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

  @Test
  void aCallersTraceIsContinuedInANewSpanWhileTheRequestRunsAndForgottenAfter() throws Exception {
    AtomicReference<Optional<TraceContext>> during = new AtomicReference<>();
    filter.doFilter(request("r-1", CALLER), response(), (req, res) -> during.set(CurrentTrace.get()));
    TraceContext trace = during.get().orElseThrow();
    assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", trace.traceId());
    assertNotEquals("00f067aa0ba902b7", trace.spanId(), "our span is the caller's child");
    assertEquals(trace.traceparent(), responseHeaders.get("traceresponse"));
    assertEquals(trace.traceparent(), responseHeaders.get("traceparent"));
    assertEquals(Optional.empty(), CurrentTrace.get());
  }

  @Test
  void withoutAValidTraceparentARequestStartsATrace() throws Exception {
    filter.doFilter(request("r-2", "00-4BF92F3577B34DA6A3CE929D0E0E4736-00F067AA0BA902B7-01"), response(), (req, res) -> {});
    String answered = responseHeaders.get("traceresponse");
    assertTrue(answered.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"), answered);
    assertNotEquals("4bf92f3577b34da6a3ce929d0e0e4736", TraceContext.parse(answered, null).orElseThrow().traceId());
  }

  @Test
  void aRequestIsLoggedOnceEvenWhenItIsDispatchedAgainForItsErrorPage() throws Exception {
    List<String> lines = new CopyOnWriteArrayList<>();
    Logger logger = Logger.getAnonymousLogger();
    logger.setUseParentHandlers(false);
    logger.addHandler(new Handler() {
      @Override
      public void publish(LogRecord record) {
        lines.add(record.getMessage());
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    });
    RequestIdFilter logging = new RequestIdFilter(new AccessLog(AccessLog.Format.JSON, logger));

    logging.doFilter(request("logged-1"), response(), (req, res) -> {});
    logging.doFilter(request("logged-1"), response(), (req, res) -> {}); // the error dispatch: same request

    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.get(0).contains("\"requestId\":\"logged-1\""), lines.get(0));
    assertTrue(lines.get(0).contains("\"status\":404"), lines.get(0));
    assertTrue(lines.get(0).contains("\"path\":\"/api/v2/things\""), "no route matched: the path " + lines.get(0));
  }
}

package com.duskspendr.web.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RequestIdFilterTest {

  private final RequestIdFilter filter = new RequestIdFilter();
  private final Map<String, Object> attributes = new HashMap<>();
  private final Map<String, String> responseHeaders = new HashMap<>();

  private HttpServletRequest request(String requestIdHeader) {
    return (HttpServletRequest) Proxy.newProxyInstance(
        getClass().getClassLoader(),
        new Class<?>[] {HttpServletRequest.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "getHeader" -> "X-Request-Id".equalsIgnoreCase((String) args[0]) ? requestIdHeader : null;
          case "getAttribute" -> attributes.get((String) args[0]);
          case "getRequestURI" -> "/duskspendr/api/v2/things";
          case "getContextPath" -> "/duskspendr";
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
  void logLinesStartWithTheRequestId() throws Exception {
    AtomicReference<String> line = new AtomicReference<>();
    filter.doFilter(request("trace-7"), response(), (req, res) -> line.set(RequestLog.prefixed("hello")));
    assertEquals("[trace-7] hello", line.get());
    assertEquals("[-] outside", RequestLog.prefixed("outside"));
  }
}

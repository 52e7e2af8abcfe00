package com.duskspendr.web.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestHeadRulesTest {

  private final RequestHeadRules rules = new RequestHeadRules();

  RequestHeadRulesTest() {
    rules.limits(2048, 4096);
  }

  private static HttpServletRequest request(String method, String uri, String query, Map<String, List<String>> headers) {
    return (HttpServletRequest) Proxy.newProxyInstance(
        RequestHeadRulesTest.class.getClassLoader(),
        new Class<?>[] {HttpServletRequest.class},
        (proxy, m, args) -> switch (m.getName()) {
          case "getMethod" -> method;
          case "getRequestURI" -> uri;
          case "getQueryString" -> query;
          case "getHeaderNames" -> Collections.enumeration(headers.keySet());
          case "getHeaders" -> Collections.enumeration(headers.getOrDefault((String) args[0], List.of()));
          default -> throw new UnsupportedOperationException(m.getName());
        });
  }

  private static Map<String, List<String>> headers(int valueLength) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Host", List.of("api.example.com"));
    headers.put("X-Filler", List.of("a".repeat(valueLength)));
    return headers;
  }

  @Test
  void anOrdinaryRequestGoesOn() {
    assertEquals(0, rules.refusalOf(request("GET", "/api/v1/transactions", "limit=50", headers(100))));
  }

  @Test
  void theTargetCountsPathAndQueryUpToTheLimit() {
    String path = "/api/v1/transactions";
    String query = "q=" + "a".repeat(2048 - path.length() - 3); // path + '?' + query = 2048 exactly
    assertEquals(0, rules.refusalOf(request("GET", path, query, headers(10))));
    assertEquals(414, rules.refusalOf(request("GET", path, query + "a", headers(10))));
    assertEquals(414, rules.refusalOf(request("GET", "/" + "p".repeat(2048), null, headers(10))));
  }

  @Test
  void headersCountTogetherWithTheirNames() {
    // Host: 4 + 15 + 4 = 23 bytes; X-Filler: 8 + n + 4
    int fits = 4096 - 23 - 12;
    assertEquals(0, rules.refusalOf(request("GET", "/", null, headers(fits))));
    assertEquals(431, rules.refusalOf(request("GET", "/", null, headers(fits + 1))));
    Map<String, List<String>> repeated = new LinkedHashMap<>();
    repeated.put("Cookie", Collections.nCopies(200, "c".repeat(20))); // each occurrence counts
    assertEquals(431, rules.refusalOf(request("GET", "/", null, repeated)));
  }

  @Test
  void traceIsRefusedWhateverThePath() {
    assertEquals(405, rules.refusalOf(request("TRACE", "/health/ready", null, headers(10))));
  }

  @Test
  void limitsBelowOneKibibyteAreAConfigurationError() {
    assertThrows(IllegalArgumentException.class, () -> new RequestHeadRules().limits(512, 8192));
  }
}

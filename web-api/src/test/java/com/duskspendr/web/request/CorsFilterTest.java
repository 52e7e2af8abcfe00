package com.duskspendr.web.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class CorsFilterTest {

  private static final String APP = "https://app.duskspendr.test";

  private final Map<String, String> answered = new HashMap<>();
  private int status;
  private final AtomicBoolean passedOn = new AtomicBoolean();

  private void send(Cors cors, String method, Map<String, String> headers) throws Exception {
    HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
          case "getMethod" -> method;
          case "getHeader" -> headers.get((String) args[0]);
          default -> throw new UnsupportedOperationException(m.getName());
        });
    HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> {
          switch (m.getName()) {
            case "setHeader", "addHeader" -> answered.merge((String) args[0], (String) args[1], (a, b) -> a + ", " + b);
            case "setStatus", "sendError" -> status = (Integer) args[0];
            default -> throw new UnsupportedOperationException(m.getName());
          }
          return null;
        });
    new CorsFilter(cors).doFilter(request, response, (req, res) -> passedOn.set(true));
  }

  private static Cors allowing(String origins) {
    return new Cors(origins, Duration.ofMinutes(10));
  }

  @Test
  void aPreflightFromAnAllowedOriginIsAnsweredHereAndCachedForTheConfiguredTime() throws Exception {
    send(allowing("https://other.test, " + APP + "/"), "OPTIONS",
        Map.of("Origin", APP, "Access-Control-Request-Method", "PATCH"));

    assertEquals(204, status);
    assertFalse(passedOn.get(), "neither authentication nor the API sees a preflight");
    assertEquals(APP, answered.get("Access-Control-Allow-Origin"));
    assertTrue(answered.get("Access-Control-Allow-Methods").contains("PATCH"));
    assertTrue(answered.get("Access-Control-Allow-Headers").contains("Authorization"));
    assertEquals("600", answered.get("Access-Control-Max-Age"));
    assertEquals("Origin", answered.get("Vary"));
    assertNull(answered.get("Access-Control-Allow-Credentials"), "tokens are headers, never cookies");
  }

  @Test
  void aPreflightFromAnyOtherOriginIsRefused() throws Exception {
    send(allowing(APP), "OPTIONS", Map.of("Origin", "https://evil.test", "Access-Control-Request-Method", "GET"));

    assertEquals(403, status);
    assertNull(answered.get("Access-Control-Allow-Origin"));
  }

  @Test
  void anActualRequestGoesOnAndTellsTheBrowserWhatItMayRead() throws Exception {
    send(allowing(APP), "GET", Map.of("Origin", "HTTPS://APP.duskspendr.test"));

    assertTrue(passedOn.get());
    assertEquals("HTTPS://APP.duskspendr.test", answered.get("Access-Control-Allow-Origin"));
    assertTrue(answered.get("Access-Control-Expose-Headers").contains("RateLimit"));
  }

  @Test
  void aWildcardAllowsEveryOriginButNeverCredentials() throws Exception {
    send(allowing("*"), "GET", Map.of("Origin", "https://anyone.test"));

    assertEquals("*", answered.get("Access-Control-Allow-Origin"));
    assertNull(answered.get("Access-Control-Allow-Credentials"));
  }

  @Test
  void withoutAllowedOriginsNothingChanges() throws Exception {
    send(allowing(""), "OPTIONS", Map.of("Origin", APP, "Access-Control-Request-Method", "GET"));

    assertTrue(passedOn.get());
    assertTrue(answered.isEmpty());
  }
}

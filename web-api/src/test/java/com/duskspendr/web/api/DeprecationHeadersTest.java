package com.duskspendr.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DeprecationHeadersTest {

  @RouteDeprecation(since = "2026-12-01", sunset = "2027-06-01", successor = "/api/v2/things")
  static class OldThings {
    public void list() {}

    @RouteDeprecation(since = "2026-01-15", sunset = "2026-07-04", successor = "/api/v2/things/{id}")
    public void one() {}
  }

  static class Things {
    public void list() {}
  }

  @Test
  void headersInTheFormsTheirRfcsPrescribe() {
    RouteDeprecation deprecation = OldThings.class.getAnnotation(RouteDeprecation.class);
    assertEquals(
        Map.of(
            "Deprecation", "@1796083200",
            "Sunset", "Tue, 01 Jun 2027 00:00:00 GMT",
            "Link", "</api/v2/things>; rel=\"successor-version\""),
        DeprecationHeaders.headersOf(deprecation));
  }

  @Test
  void aMethodsOwnDeprecationWinsOverItsClassAndUnmarkedRoutesHaveNone() throws Exception {
    assertEquals("2026-01-15",
        DeprecationHeaders.deprecationOf(OldThings.class.getMethod("one"), OldThings.class).since());
    assertEquals("2026-12-01",
        DeprecationHeaders.deprecationOf(OldThings.class.getMethod("list"), OldThings.class).since());
    assertNull(DeprecationHeaders.deprecationOf(Things.class.getMethod("list"), Things.class));
  }
}

package com.duskspendr.web.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ApiVersionsTest {

  @Test
  void theVersionIsThePathSegmentAfterApi() {
    assertEquals("v1", ApiVersions.of("/api/v1/users/me"));
    assertEquals("v2", ApiVersions.of("/api/v2/users/me"));
    assertEquals("v12", ApiVersions.of("/api/v12"));
  }

  @Test
  void anythingElseIsTheCurrentVersion() {
    for (String uri : new String[] {null, "/", "/api/docs", "/api/v0/x", "/api/version/x", "/health/ready", "/x/api/v2/y"}) {
      assertEquals(ApiVersions.CURRENT, ApiVersions.of(uri), uri);
    }
  }
}

package com.duskspendr.auth.oauth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.Scope;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeRequestTest {

  private static final List<String> GRANTED = List.of("transactions:read", "budgets:read");

  @Test
  void theSameOrLessIsAllowed() {
    assertTrue(ScopeRequest.problemWith(Scope.parse("transactions:read budgets:read"), GRANTED).isEmpty());
    assertTrue(ScopeRequest.problemWith(Scope.parse("budgets:read"), GRANTED).isEmpty());
  }

  @Test
  void anythingWiderOrNothingIsInvalidScope() {
    assertEquals(OAuth2Error.INVALID_SCOPE.getCode(),
        ScopeRequest.problemWith(Scope.parse("transactions:read transactions:write"), GRANTED).orElseThrow().getCode());
    assertEquals(OAuth2Error.INVALID_SCOPE.getCode(), ScopeRequest.problemWith(new Scope(), GRANTED).orElseThrow().getCode());
    assertEquals(OAuth2Error.INVALID_SCOPE.getCode(), ScopeRequest.problemWith(null, GRANTED).orElseThrow().getCode());
  }
}

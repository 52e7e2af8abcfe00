package com.duskspendr.auth.oauth.control;

import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.Scope;
import java.util.Collection;
import java.util.Optional;

/** A requested scope against what is allowed (a client's registration, or a grant on refresh): never wider. */
public final class ScopeRequest {

  private ScopeRequest() {}

  /** The invalid_scope error when the request is empty or asks for anything not allowed, else empty. */
  public static Optional<ErrorObject> problemWith(Scope requested, Collection<String> allowed) {
    if (requested == null || requested.isEmpty()) {
      return Optional.of(OAuth2Error.INVALID_SCOPE.setDescription("A scope is required"));
    }
    return requested.toStringList().stream()
        .filter(scope -> !allowed.contains(scope))
        .findFirst()
        .map(scope -> OAuth2Error.INVALID_SCOPE.setDescription("Scope " + scope + " is not allowed here"));
  }
}

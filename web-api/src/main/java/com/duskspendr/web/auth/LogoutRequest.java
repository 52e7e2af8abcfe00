package com.duskspendr.web.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/auth/logout}: the refresh token of the session to end. */
public record LogoutRequest(@NotBlank @Size(max = 512) String refreshToken) {

  /**
   * Declared explicitly, unannotated: an implicit constructor would carry the components' constraint
   * annotations on its parameters, which makes Payara's OpenAPI scanner fail. The constraints still apply
   * to the components (fields and accessors), where Bean Validation checks them.
   */
  public LogoutRequest(String refreshToken) {
    this.refreshToken = refreshToken;
  }

  @Override
  public String toString() {
    return "LogoutRequest[refreshToken=***]";
  }
}

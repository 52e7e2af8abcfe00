package com.duskspendr.web.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/auth/logout}: the refresh token of the session to end. */
public record LogoutRequest(@NotBlank @Size(max = 512) String refreshToken) {

  @Override
  public String toString() {
    return "LogoutRequest[refreshToken=***]";
  }
}

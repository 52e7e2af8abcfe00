package com.duskspendr.web.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/auth/refresh}. */
public record RefreshRequest(@NotBlank @Size(max = 512) String refreshToken, String deviceName) {

  @Override
  public String toString() {
    return "RefreshRequest[refreshToken=***, deviceName=" + deviceName + "]";
  }
}

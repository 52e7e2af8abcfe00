package com.duskspendr.web.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/auth/refresh}. */
public record RefreshRequest(@NotBlank @Size(max = 512) String refreshToken, String deviceName) {

  /**
   * Declared explicitly, unannotated: an implicit constructor would carry the components' constraint
   * annotations on its parameters, which makes Payara's OpenAPI scanner fail. The constraints still apply
   * to the components (fields and accessors), where Bean Validation checks them.
   */
  public RefreshRequest(String refreshToken, String deviceName) {
    this.refreshToken = refreshToken;
    this.deviceName = deviceName;
  }

  @Override
  public String toString() {
    return "RefreshRequest[refreshToken=***, deviceName=" + deviceName + "]";
  }
}

package com.duskspendr.web.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/auth/login}; {@code deviceName} names the session (else the User-Agent does). */
public record LoginRequest(
    @NotBlank @Size(max = 254) String email,
    @NotBlank @Size(max = 1024) String password,
    String deviceName) {

  /**
   * Declared explicitly, unannotated: an implicit constructor would carry the components' constraint
   * annotations on its parameters, which makes Payara's OpenAPI scanner fail. The constraints still apply
   * to the components (fields and accessors), where Bean Validation checks them.
   */
  public LoginRequest(String email, String password, String deviceName) {
    this.email = email;
    this.password = password;
    this.deviceName = deviceName;
  }

  @Override
  public String toString() {
    return "LoginRequest[email=" + email + ", password=***, deviceName=" + deviceName + "]";
  }
}

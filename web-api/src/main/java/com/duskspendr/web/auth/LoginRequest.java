package com.duskspendr.web.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/auth/login}; {@code deviceName} names the session (else the User-Agent does). */
public record LoginRequest(
    @NotBlank @Size(max = 254) String email,
    @NotBlank @Size(max = 1024) String password,
    String deviceName) {

  @Override
  public String toString() {
    return "LoginRequest[email=" + email + ", password=***, deviceName=" + deviceName + "]";
  }
}

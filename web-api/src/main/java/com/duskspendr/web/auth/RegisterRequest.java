package com.duskspendr.web.auth;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/auth/register}. {@link #toString()} never shows the password. */
public record RegisterRequest(
    @NotBlank @Email @Size(max = 254) String email,
    @NotBlank @Size(max = 1024) String password,
    @Size(max = 100) String displayName) {

  @Override
  public String toString() {
    return "RegisterRequest[email=" + email + ", password=***, displayName=" + displayName + "]";
  }
}

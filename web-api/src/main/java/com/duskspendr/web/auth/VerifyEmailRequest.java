package com.duskspendr.web.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/auth/verify-email}: the token from the verification mail's link. */
public record VerifyEmailRequest(@NotBlank @Size(max = 512) String token) {

  /** Declared explicitly, unannotated: see {@link LogoutRequest}. */
  public VerifyEmailRequest(String token) {
    this.token = token;
  }

  @Override
  public String toString() {
    return "VerifyEmailRequest[token=***]";
  }
}

package com.duskspendr.web.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code DELETE /api/v1/users/me}: the password again, so that a stolen access token cannot erase an account. */
public record DeleteAccountRequest(@NotBlank @Size(max = 1024) String password) {

  @Override
  public String toString() {
    return "DeleteAccountRequest[password=***]";
  }
}

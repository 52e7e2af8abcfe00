package com.duskspendr.web.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code DELETE /api/v1/users/me}: the password again, so that a stolen access token cannot erase an account. */
public record DeleteAccountRequest(@NotBlank @Size(max = 1024) String password) {

  /**
   * Declared explicitly, unannotated: an implicit constructor would carry the components' constraint
   * annotations on its parameters, which makes Payara's OpenAPI scanner fail. The constraints still apply
   * to the components (fields and accessors), where Bean Validation checks them.
   */
  public DeleteAccountRequest(String password) {
    this.password = password;
  }

  @Override
  public String toString() {
    return "DeleteAccountRequest[password=***]";
  }
}

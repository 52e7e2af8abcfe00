package com.duskspendr.web.auth;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/auth/register}. {@link #toString()} never shows the password. */
public record RegisterRequest(
    @NotBlank @Email @Size(max = 254) String email,
    @NotBlank @Size(max = 1024) String password,
    @Size(max = 100) String displayName) {

  /**
   * Declared explicitly, unannotated: an implicit constructor would carry the components' constraint
   * annotations on its parameters, which makes Payara's OpenAPI scanner fail. The constraints still apply
   * to the components (fields and accessors), where Bean Validation checks them.
   */
  public RegisterRequest(String email, String password, String displayName) {
    this.email = email;
    this.password = password;
    this.displayName = displayName;
  }

  @Override
  public String toString() {
    return "RegisterRequest[email=" + email + ", password=***, displayName=" + displayName + "]";
  }
}

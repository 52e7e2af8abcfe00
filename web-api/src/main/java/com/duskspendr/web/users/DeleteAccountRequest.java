package com.duskspendr.web.users;

import jakarta.validation.constraints.Size;

/**
 * {@code DELETE /api/v1/users/me}: proof of who is asking, so that a stolen access token cannot erase an account.
 * Either the password again, or, for an account that signs in through an identity provider, the name of a linked
 * provider and a fresh ID token from it (with a nonce from {@code POST /auth/oidc/{provider}/challenge}).
 */
public record DeleteAccountRequest(
    @Size(max = 1024) String password, @Size(max = 64) String provider, @Size(max = 16384) String idToken) {

  /**
   * Declared explicitly, unannotated: an implicit constructor would carry the components' constraint
   * annotations on its parameters, which makes Payara's OpenAPI scanner fail. The constraints still apply
   * to the components (fields and accessors), where Bean Validation checks them.
   */
  public DeleteAccountRequest(String password, String provider, String idToken) {
    this.password = password;
    this.provider = provider;
    this.idToken = idToken;
  }

  @Override
  public String toString() {
    return "DeleteAccountRequest[password=" + (password == null ? "null" : "***") + ", provider=" + provider
        + ", idToken=" + (idToken == null ? "null" : "***") + "]";
  }
}

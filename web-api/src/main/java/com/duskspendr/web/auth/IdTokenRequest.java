package com.duskspendr.web.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/auth/oidc/{provider}/login} and {@code .../links}: the provider's ID token (a compact
 * JWS; 16 KB is far above any provider's) and, for a sign-in, the name of the new device session.
 */
public record IdTokenRequest(@NotBlank @Size(max = 16384) String idToken, @Size(max = 200) String deviceName) {

  /** Declared explicitly, unannotated: see {@link LoginRequest}. */
  public IdTokenRequest(String idToken, String deviceName) {
    this.idToken = idToken;
    this.deviceName = deviceName;
  }

  @Override
  public String toString() {
    return "IdTokenRequest[idToken=***, deviceName=" + deviceName + "]";
  }
}

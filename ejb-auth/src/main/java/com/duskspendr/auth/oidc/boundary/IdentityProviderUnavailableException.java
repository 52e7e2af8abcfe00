package com.duskspendr.auth.oidc.boundary;

import com.duskspendr.auth.boundary.AuthException;

/** The provider's discovery document or keys cannot be fetched now: try again later (503). */
public class IdentityProviderUnavailableException extends AuthException {

  public IdentityProviderUnavailableException(String provider) {
    super("The identity provider " + provider + " cannot be reached; try again later");
  }
}

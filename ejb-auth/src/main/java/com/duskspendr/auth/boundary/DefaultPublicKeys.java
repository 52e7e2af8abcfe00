package com.duskspendr.auth.boundary;

import com.duskspendr.auth.control.SigningKeys;
import jakarta.enterprise.context.ApplicationScoped;

/** The published key set, for a JWKS endpoint; the same keys {@link DefaultAccessTokens} verifies with. */
@ApplicationScoped
public class DefaultPublicKeys implements PublicKeys {

  @Override
  public String jwksJson() {
    return SigningKeys.current().publicJwksJson();
  }
}

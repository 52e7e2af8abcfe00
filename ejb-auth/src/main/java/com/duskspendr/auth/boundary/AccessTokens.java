package com.duskspendr.auth.boundary;

import java.util.Optional;

/**
 * Verifies the bearer token of a request: signature, issuer, audience, expiry, and that its device session
 * is still open (not signed out, not revoked after refresh-token reuse, account not deleted).
 */
public interface AccessTokens {

  /** The token's claims when every check passes, else empty; never throws for a malformed token. */
  Optional<VerifiedAccessToken> verify(String compactToken);
}

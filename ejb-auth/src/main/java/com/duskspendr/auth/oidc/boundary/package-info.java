/**
 * Sign-in with an external OpenID Connect provider and account linking ({@link ExternalSignIn}): ID tokens
 * verified with the Nimbus OIDC SDK against the provider's JWKS, issuer, audience, expiry and a single-use
 * nonce we issued.
 */
package com.duskspendr.auth.oidc.boundary;

package com.duskspendr.auth.oidc.boundary;

import java.time.OffsetDateTime;

/** What the app needs to start the provider's flow: the nonce to send, and whom to ask for a token. */
public record SignInChallenge(String provider, String nonce, OffsetDateTime expiresAt, String issuer, String clientId) {}

package com.duskspendr.auth.oidc.boundary;

/** A provider users may sign in with, as the app shows and starts it. */
public record IdentityProviderView(String name, String displayName, String issuer, String clientId) {}

package com.duskspendr.web.api;

/** The role names in our access tokens' {@code groups} claim, and the OpenAPI name of the bearer scheme. */
public final class Roles {

  public static final String USER = "user";
  public static final String ADMIN = "admin";
  public static final String BEARER_SCHEME = "bearer";
  /** An OAuth client acting for itself (client credentials): no user's endpoint admits it. */
  public static final String OAUTH_CLIENT = com.duskspendr.auth.oauth.boundary.DefaultAuthorizationServer.CLIENT_ROLE;
  /** The OpenAPI name of the OAuth 2.0 scheme, with its scopes. */
  public static final String OAUTH2_SCHEME = "oauth2";

  private Roles() {}
}

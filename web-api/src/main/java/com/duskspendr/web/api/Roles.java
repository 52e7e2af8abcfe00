package com.duskspendr.web.api;

/** The role names in our access tokens' {@code groups} claim, and the OpenAPI name of the bearer scheme. */
public final class Roles {

  public static final String USER = "user";
  public static final String ADMIN = "admin";
  public static final String BEARER_SCHEME = "bearer";

  private Roles() {}
}

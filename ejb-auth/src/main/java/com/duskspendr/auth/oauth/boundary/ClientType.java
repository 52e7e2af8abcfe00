package com.duskspendr.auth.oauth.boundary;

import com.duskspendr.auth.oauth.entity.OAuthClient;

/** RFC 6749 2.1: a confidential client keeps a secret (a server); a public one cannot (an app, a SPA). */
public enum ClientType {
  CONFIDENTIAL(OAuthClient.CONFIDENTIAL),
  PUBLIC(OAuthClient.PUBLIC);

  private final String value;

  ClientType(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  public static ClientType of(String value) {
    return OAuthClient.PUBLIC.equals(value) ? PUBLIC : CONFIDENTIAL;
  }
}

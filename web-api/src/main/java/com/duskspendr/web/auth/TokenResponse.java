package com.duskspendr.web.auth;

import com.duskspendr.auth.boundary.TokenPair;

/** An OAuth-style token answer: use {@code accessToken} as a bearer token for {@code expiresIn} seconds. */
public record TokenResponse(String accessToken, String refreshToken, long expiresIn, String tokenType) {

  static TokenResponse from(TokenPair pair) {
    return new TokenResponse(pair.accessToken(), pair.refreshToken(), pair.expiresInSeconds(), "Bearer");
  }

  @Override
  public String toString() {
    return "TokenResponse[expiresIn=" + expiresIn + "]";
  }
}

package com.duskspendr.auth.boundary;

import java.util.UUID;

/** A freshly issued access token (JWT) and refresh token (opaque), with the device session they belong to. */
public record TokenPair(String accessToken, String refreshToken, long expiresInSeconds, UUID sessionId) {

  @Override
  public String toString() {
    return "TokenPair[session=" + sessionId + ", expiresIn=" + expiresInSeconds + "]";
  }
}

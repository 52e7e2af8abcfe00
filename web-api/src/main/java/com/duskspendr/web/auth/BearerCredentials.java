package com.duskspendr.web.auth;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code Authorization: Bearer <token>} as RFC 9110 and RFC 6750 write it. */
final class BearerCredentials {

  /** The scheme is case-insensitive (RFC 9110 11.1); the token is token68 (RFC 6750 2.1). */
  private static final Pattern BEARER =
      Pattern.compile("(?i)bearer +([A-Za-z0-9\\-._~+/]+=*) *");

  /** Far above our tokens (about 900 bytes): nothing longer is worth hashing or parsing. */
  static final int MAX_TOKEN_LENGTH = 4096;

  private BearerCredentials() {}

  static Optional<String> tokenOf(String authorization) {
    if (authorization == null || authorization.length() > MAX_TOKEN_LENGTH) {
      return Optional.empty();
    }
    Matcher matcher = BEARER.matcher(authorization);
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }
}

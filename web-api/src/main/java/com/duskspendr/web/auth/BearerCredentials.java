package com.duskspendr.web.auth;

import java.util.Optional;

/** Reads {@code Authorization: Bearer <token>} as RFC 9110 and RFC 6750 write it. */
final class BearerCredentials {

  /** The scheme is case-insensitive (RFC 9110 11.1). */
  private static final String SCHEME = "bearer";

  /** Far above our tokens (about 900 bytes): nothing longer is worth hashing or parsing. */
  static final int MAX_TOKEN_LENGTH = 4096;

  private BearerCredentials() {}

  /**
   * {@code bearer 1*SP token68 *SP}, scanned by hand: it runs on every request, and a regular expression over
   * the whole token was 2% of {@code GET /users/me}'s CPU (JFR, paired benchmark).
   */
  static Optional<String> tokenOf(String authorization) {
    if (authorization == null || authorization.length() > MAX_TOKEN_LENGTH
        || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return Optional.empty();
    }
    int end = authorization.length();
    int at = SCHEME.length();
    int tokenStart = skipSpaces(authorization, at);
    if (tokenStart == at) {
      return Optional.empty();
    }
    at = tokenStart;
    while (at < end && isToken68(authorization.charAt(at))) {
      at++;
    }
    if (at == tokenStart) {
      return Optional.empty();
    }
    while (at < end && authorization.charAt(at) == '=') {
      at++;
    }
    int tokenEnd = at;
    return skipSpaces(authorization, tokenEnd) == end
        ? Optional.of(authorization.substring(tokenStart, tokenEnd))
        : Optional.empty();
  }

  private static int skipSpaces(String text, int from) {
    int at = from;
    while (at < text.length() && text.charAt(at) == ' ') {
      at++;
    }
    return at;
  }

  /** token68's characters other than its trailing '=' padding (RFC 6750 2.1). */
  private static boolean isToken68(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
  }
}

package com.duskspendr.auth.boundary;

import java.time.Duration;

/** Too many failed logins for one account or one client address; the client may retry after the delay. */
public class LoginThrottledException extends AuthException {

  private final Duration retryAfter;

  public LoginThrottledException(Duration retryAfter) {
    super("Too many failed login attempts; try again later");
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}

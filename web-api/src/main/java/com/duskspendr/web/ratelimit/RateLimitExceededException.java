package com.duskspendr.web.ratelimit;

import java.time.Duration;

/** A budget is spent: answered 429 {@code RATE_LIMITED} with {@code Retry-After}. */
public class RateLimitExceededException extends RuntimeException {

  private final Duration retryAfter;

  public RateLimitExceededException(Duration retryAfter) {
    super("Too many requests; retry after the number of seconds in the Retry-After header");
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}

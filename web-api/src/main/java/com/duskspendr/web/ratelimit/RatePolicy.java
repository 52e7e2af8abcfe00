package com.duskspendr.web.ratelimit;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A budget: {@code quota} requests per {@code window}, refilled smoothly (a token bucket whose capacity is the
 * quota, so a quiet client may spend its whole quota in one burst). Written in configuration as
 * {@code <quota>/<ISO-8601 duration>}, e.g. {@code 600/PT1M}.
 *
 * @param name how the IETF headers name it ({@code user-read}, {@code address-auth})
 */
public record RatePolicy(String name, long quota, Duration window) {

  static final Duration MAX_WINDOW = Duration.ofHours(1);

  public RatePolicy {
    Objects.requireNonNull(name, "name");
    if (quota < 1) {
      throw new IllegalArgumentException("A rate limit allows at least one request, was " + quota);
    }
    if (window == null || window.toSeconds() < 1 || window.compareTo(MAX_WINDOW) > 0) {
      // At most an hour: RateBuckets forgets buckets an hour after their last change, when any is full again.
      throw new IllegalArgumentException("A rate limit window lasts from a second to an hour, was " + window);
    }
  }

  /** @throws IllegalArgumentException when the text is not {@code <quota>/<duration>} */
  public static RatePolicy parse(String name, String text) {
    String[] parts = text == null ? new String[0] : text.strip().split("/", 2);
    if (parts.length != 2) {
      throw new IllegalArgumentException("Expected <quota>/<ISO-8601 duration> (e.g. 600/PT1M), was " + text);
    }
    try {
      return new RatePolicy(name, Long.parseLong(parts[0].strip()), Duration.parse(parts[1].strip()));
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException("Expected <quota>/<ISO-8601 duration> (e.g. 600/PT1M), was " + text, e);
    }
  }

  /** The {@code RateLimit-Policy} item: {@code "user-read";q=600;w=60}. */
  public String policyItem() {
    return "\"" + name + "\";q=" + quota + ";w=" + window.toSeconds();
  }
}

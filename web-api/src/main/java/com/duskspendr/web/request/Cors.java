package com.duskspendr.web.request;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Which web origins may call the API from a browser ({@code duskspendr.http.cors.allowed-origins}: exact
 * origins, comma-separated, or {@code *}; default none, since the phone app is no browser) and what a
 * preflight answers. Tokens travel in the {@code Authorization} header, never in cookies, so no answer ever
 * allows credentials: a wildcard origin exposes nothing a caller without the token could read.
 */
public final class Cors {

  public static final String ORIGINS_KEY = "duskspendr.http.cors.allowed-origins";
  public static final String MAX_AGE_KEY = "duskspendr.http.cors.max-age";

  static final String ALLOWED_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE";
  static final String ALLOWED_HEADERS =
      "Authorization, Content-Type, Accept, Accept-Encoding, Idempotency-Key, If-Match, If-None-Match, X-Request-Id, Last-Event-ID, traceparent, tracestate";
  static final String EXPOSED_HEADERS =
      "ETag, Location, X-Request-Id, Retry-After, RateLimit, RateLimit-Policy, Deprecation, Sunset, Link, traceresponse, traceparent";

  private final Set<String> origins = new LinkedHashSet<>();
  private final boolean anyOrigin;
  private final long maxAgeSeconds;

  public Cors(String allowedOrigins, Duration maxAge) {
    boolean any = false;
    for (String entry : allowedOrigins.split(",")) {
      String origin = entry.strip();
      if (origin.equals("*")) {
        any = true;
      } else if (!origin.isEmpty()) {
        origins.add(normalized(origin));
      }
    }
    this.anyOrigin = any;
    this.maxAgeSeconds = maxAge.toSeconds();
  }

  static Cors configured() {
    Config config = ConfigProvider.getConfig();
    return new Cors(
        config.getOptionalValue(ORIGINS_KEY, String.class).orElse(""),
        config.getOptionalValue(MAX_AGE_KEY, Duration.class).orElse(Duration.ofMinutes(10)));
  }

  /** Whether cross-origin calls are allowed at all (if not, answers carry no CORS headers). */
  boolean enabled() {
    return anyOrigin || !origins.isEmpty();
  }

  /** The {@code Access-Control-Allow-Origin} value for this request's {@code Origin}, if it is allowed. */
  String allowOriginFor(String origin) {
    if (origin == null || origin.isBlank()) {
      return null;
    }
    if (anyOrigin) {
      return "*";
    }
    return origins.contains(normalized(origin)) ? origin : null;
  }

  long maxAgeSeconds() {
    return maxAgeSeconds;
  }

  /** Scheme and host compare case-insensitively (RFC 6454); a trailing slash is not part of an origin. */
  private static String normalized(String origin) {
    String trimmed = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
    return trimmed.toLowerCase(Locale.ROOT);
  }
}

package com.duskspendr.web.request;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which version of the API a request addresses: the path segment after {@code /api/} ({@code v1}, {@code v2}).
 * Versions live side by side in one application: a new version of a route is a new resource at
 * {@code /api/v2/...}, the old one stays, marked with {@code @RouteDeprecation} until its sunset.
 */
public final class ApiVersions {

  /** The version of every route that has no newer one, and of answers outside {@code /api/v<n>/}. */
  public static final String CURRENT = "v1";

  private static final Pattern VERSIONED = Pattern.compile("^/api/(v[1-9][0-9]{0,2})(/.*)?$");

  private ApiVersions() {}

  /** @param requestUri the path as the client sent it, without the query */
  public static String of(String requestUri) {
    if (requestUri == null) {
      return CURRENT;
    }
    Matcher matcher = VERSIONED.matcher(requestUri);
    return matcher.matches() ? matcher.group(1) : CURRENT;
  }
}

package com.duskspendr.web.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a route (a resource method, or every method of a resource class) that a newer version replaces. Its
 * answers then carry {@code Deprecation} (RFC 9745), {@code Sunset} (RFC 8594) and a {@code Link} to the
 * successor ({@code rel="successor-version"}), so that clients learn of it from the answers themselves; see
 * {@link DeprecationHeaders} and the README's versioning policy.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RouteDeprecation {

  /** The day (ISO-8601 date, UTC) from which the route is deprecated. */
  String since();

  /** The day (ISO-8601 date, UTC) after which the route may stop answering. */
  String sunset();

  /** The successor's path, e.g. {@code /api/v2/users/me}. */
  String successor();
}

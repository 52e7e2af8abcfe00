package com.duskspendr.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Announces a deprecated route on each of its answers (see {@link RouteDeprecation}): {@code Deprecation:
 * @<unix seconds>} (RFC 9745's structured date), {@code Sunset: <HTTP-date>} (RFC 8594) and {@code Link:
 * <successor>; rel="successor-version"} (RFC 5829).
 */
@Provider
public class DeprecationHeaders implements ContainerResponseFilter {

  /** IMF-fixdate (RFC 9110): two-digit day, English names, always GMT. */
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    RouteDeprecation deprecation = resource == null ? null : deprecationOf(resource.getResourceMethod(), resource.getResourceClass());
    if (deprecation != null) {
      headersOf(deprecation).forEach(response.getHeaders()::putSingle);
    }
  }

  static RouteDeprecation deprecationOf(Method method, Class<?> type) {
    if (method != null && method.isAnnotationPresent(RouteDeprecation.class)) {
      return method.getAnnotation(RouteDeprecation.class);
    }
    return type != null ? type.getAnnotation(RouteDeprecation.class) : null;
  }

  static Map<String, String> headersOf(RouteDeprecation deprecation) {
    long since = LocalDate.parse(deprecation.since()).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    String sunset = HTTP_DATE.format(LocalDate.parse(deprecation.sunset()).atStartOfDay(ZoneOffset.UTC));
    return Map.of(
        "Deprecation", "@" + since,
        "Sunset", sunset,
        "Link", "<" + deprecation.successor() + ">; rel=\"successor-version\"");
  }
}

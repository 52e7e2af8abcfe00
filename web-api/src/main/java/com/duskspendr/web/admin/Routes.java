package com.duskspendr.web.admin;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Optional;

/** The route a request matched, as its template ({@code GET /v1/admin/users/{id}}): few names, no ids. */
final class Routes {

  private Routes() {}

  /** Empty when no resource method matched (unknown path, or refused before matching). */
  static Optional<String> template(String httpMethod, ResourceInfo resource) {
    Class<?> type = resource == null ? null : resource.getResourceClass();
    Method method = resource == null ? null : resource.getResourceMethod();
    if (type == null || method == null || type.getAnnotation(Path.class) == null) {
      return Optional.empty();
    }
    Path sub = method.getAnnotation(Path.class);
    return Optional.of(httpMethod + " /" + strip(type.getAnnotation(Path.class).value())
        + (sub == null ? "" : "/" + strip(sub.value())));
  }

  static String strip(String path) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    return relative.endsWith("/") ? relative.substring(0, relative.length() - 1) : relative;
  }
}

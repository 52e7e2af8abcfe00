package com.duskspendr.web.request;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * The route a request matched, as its template ({@code GET /v1/admin/users/{id}}): few names, no ids. What the
 * admin figures count by, the admin audit records and the access log writes.
 */
public final class RouteTemplates {

  /**
   * The request property (a servlet request attribute underneath) that holds the template once a filter after
   * matching has worked it out, for the servlet filters that write the access log after the application answered.
   */
  public static final String ATTRIBUTE = "com.duskspendr.route";

  private RouteTemplates() {}

  /** Empty when no resource method matched (unknown path, or refused before matching). */
  public static Optional<String> template(String httpMethod, ResourceInfo resource) {
    Class<?> type = resource == null ? null : resource.getResourceClass();
    Method method = resource == null ? null : resource.getResourceMethod();
    if (type == null || method == null || type.getAnnotation(Path.class) == null) {
      return Optional.empty();
    }
    Path sub = method.getAnnotation(Path.class);
    return Optional.of(httpMethod + " /" + strip(type.getAnnotation(Path.class).value())
        + (sub == null ? "" : "/" + strip(sub.value())));
  }

  public static String strip(String path) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    return relative.endsWith("/") ? relative.substring(0, relative.length() - 1) : relative;
  }
}

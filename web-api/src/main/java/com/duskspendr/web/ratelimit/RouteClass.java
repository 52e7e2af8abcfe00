package com.duskspendr.web.ratelimit;

import java.util.Locale;

/**
 * What a request costs, by route: each class has its own budgets, so a burst of cheap reads never eats the
 * allowance for writes, and a user importing statements cannot crowd out everyone's sign-ins.
 */
public enum RouteClass {
  /** Register, login, refresh, verification: unauthenticated and the target of credential stuffing. */
  AUTH,
  /** Whole-file or whole-account work: statement imports, exports, reports, batch categorization. */
  EXPENSIVE,
  /** Every other request that changes something. */
  WRITE,
  /** Safe methods. */
  READ;

  /** The key in configuration: {@code duskspendr.ratelimit.<key>.per-user} and {@code .per-address}. */
  public String configKey() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param method the HTTP method
   * @param path the request path below the application path, with or without a leading slash ({@code v1/auth/login})
   */
  public static RouteClass of(String method, String path) {
    String route = path.startsWith("/") ? path.substring(1) : path;
    if (route.startsWith("v1/auth/")) {
      return AUTH;
    }
    boolean safe = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    if (!safe && isExpensive(route)) {
      return EXPENSIVE;
    }
    return safe ? READ : WRITE;
  }

  private static boolean isExpensive(String route) {
    return route.startsWith("v1/transactions/import")
        || route.startsWith("v1/exports")
        || route.startsWith("v1/reports")
        || route.startsWith("v1/ai/categorize/batch")
        || route.startsWith("v1/admin/jobs");
  }
}

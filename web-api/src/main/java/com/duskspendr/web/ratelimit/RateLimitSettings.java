package com.duskspendr.web.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The budgets, read once from MicroProfile Config ({@code duskspendr.ratelimit.*}; defaults in
 * {@link #DEFAULTS}, documented in the README). A malformed value stops the deployment with the key in the
 * message rather than running unprotected.
 */
@ApplicationScoped
public class RateLimitSettings {

  static final String PREFIX = "duskspendr.ratelimit.";

  /**
   * Per route class: {per user, per address}. Generous for a person's phone (an app refreshing a screen makes
   * a handful of requests), tight where abuse is cheap for the caller and dear for us.
   */
  static final Map<RouteClass, String[]> DEFAULTS = Map.of(
      RouteClass.AUTH, new String[] {"30/PT1M", "60/PT1M"},
      RouteClass.EXPENSIVE, new String[] {"20/PT1M", "60/PT1M"},
      RouteClass.WRITE, new String[] {"300/PT1M", "3000/PT1M"},
      RouteClass.READ, new String[] {"1200/PT1M", "12000/PT1M"});

  private final boolean enabled;
  private final Map<RouteClass, RatePolicy> perUser = new EnumMap<>(RouteClass.class);
  private final Map<RouteClass, RatePolicy> perAddress = new EnumMap<>(RouteClass.class);

  public RateLimitSettings() {
    this(ConfigProvider.getConfig());
  }

  RateLimitSettings(Config config) {
    this(key -> config.getOptionalValue(key, String.class));
  }

  RateLimitSettings(java.util.function.Function<String, Optional<String>> values) {
    this.enabled = Boolean.parseBoolean(values.apply(PREFIX + "enabled").orElse("true"));
    for (RouteClass route : RouteClass.values()) {
      String[] defaults = DEFAULTS.get(route);
      perUser.put(route, policy(values, route, "per-user", "user-", defaults[0]));
      perAddress.put(route, policy(values, route, "per-address", "address-", defaults[1]));
    }
  }

  private static RatePolicy policy(
      java.util.function.Function<String, Optional<String>> values, RouteClass route, String scope, String prefix,
      String fallback) {
    String key = PREFIX + route.configKey() + "." + scope;
    try {
      return RatePolicy.parse(prefix + route.configKey(), values.apply(key).orElse(fallback));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
    }
  }

  /** {@code duskspendr.ratelimit.enabled} (default true): off only for capacity benchmarks. */
  public boolean enabled() {
    return enabled;
  }

  public RatePolicy perUser(RouteClass route) {
    return perUser.get(route);
  }

  public RatePolicy perAddress(RouteClass route) {
    return perAddress.get(route);
  }
}

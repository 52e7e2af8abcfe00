package com.duskspendr.notifications.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The webhook settings from MicroProfile Config; its guard also judges Web Push endpoints, the other URL a
 * user gives the server to POST to.
 */
@ApplicationScoped
public class WebhookSettings {

  /** Development and tests only: lets webhooks reach loopback and private addresses, over http too. */
  @Inject
  @ConfigProperty(name = "duskspendr.webhooks.allow-private-targets", defaultValue = "false")
  boolean allowPrivateTargets;

  /**
   * Exact origins ({@code http://127.0.0.1:8025}), comma-separated, allowed although private; everything else
   * judged as usual. A String rather than a List: Payara's Config cannot inject an Optional of a List.
   */
  @Inject
  @ConfigProperty(name = "duskspendr.webhooks.allowed-private-origins")
  Optional<String> allowedPrivateOrigins;

  @Inject
  @ConfigProperty(name = "duskspendr.webhooks.timeout-millis", defaultValue = "10000")
  int timeoutMillis;

  @Inject
  @ConfigProperty(name = "duskspendr.webhooks.max-per-user", defaultValue = "20")
  int maxPerUser;

  public TargetGuard guard() {
    return new TargetGuard(allowPrivateTargets, allowedPrivateOrigins.stream()
        .flatMap(list -> Arrays.stream(list.split(","))).filter(o -> !o.isBlank()).toList());
  }

  public int timeoutMillis() {
    return timeoutMillis;
  }

  public int maxPerUser() {
    return maxPerUser;
  }
}

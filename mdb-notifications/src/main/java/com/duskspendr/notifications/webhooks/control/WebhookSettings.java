package com.duskspendr.notifications.webhooks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The webhook settings from MicroProfile Config. */
@ApplicationScoped
public class WebhookSettings {

  /** Development and tests only: lets webhooks reach loopback and private addresses, over http too. */
  @Inject
  @ConfigProperty(name = "duskspendr.webhooks.allow-private-targets", defaultValue = "false")
  boolean allowPrivateTargets;

  @Inject
  @ConfigProperty(name = "duskspendr.webhooks.timeout-millis", defaultValue = "10000")
  int timeoutMillis;

  @Inject
  @ConfigProperty(name = "duskspendr.webhooks.max-per-user", defaultValue = "20")
  int maxPerUser;

  public TargetGuard guard() {
    return new TargetGuard(allowPrivateTargets);
  }

  public int timeoutMillis() {
    return timeoutMillis;
  }

  public int maxPerUser() {
    return maxPerUser;
  }
}

package com.duskspendr.auth.oidc.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The OpenID Connect providers users may sign in with, from MicroProfile Config:
 * {@code duskspendr.oidc.providers} lists their names (default: none, so external sign-in is off), and each
 * name has {@code duskspendr.oidc.<name>.issuer} and {@code .client-id} (required), {@code .display-name}
 * (default: the name), {@code .algorithm} (default RS256) and {@code .jwks-uri} (default: from the issuer's
 * discovery document). {@code duskspendr.oidc.clock-skew-seconds} (default 60) and
 * {@code duskspendr.oidc.timeout-millis} (default 5000, for fetching discovery documents and keys) apply to
 * all. A provider
 * configured incompletely is left out with a SEVERE log line rather than stopping the application.
 */
@ApplicationScoped
public class IdentityProviders {

  private static final Logger LOG = Logger.getLogger(IdentityProviders.class.getName());
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
  private static final String PREFIX = "duskspendr.oidc.";

  private final Map<String, IdentityProvider> byName = new LinkedHashMap<>();

  @PostConstruct
  void load() {
    Config config = ConfigProvider.getConfig();
    int skew = config.getOptionalValue(PREFIX + "clock-skew-seconds", Integer.class).orElse(60);
    int timeout = config.getOptionalValue(PREFIX + "timeout-millis", Integer.class).orElse(5_000);
    List<String> names = config.getOptionalValues(PREFIX + "providers", String.class).orElse(List.of());
    for (String raw : names) {
      String name = raw.strip();
      if (!NAME.matcher(name).matches()) {
        LOG.severe(() -> "Identity provider name '" + name + "' is not [a-z0-9-]{1,40}: left out");
        continue;
      }
      configured(config, name, skew, timeout).ifPresent(provider -> byName.put(name, provider));
    }
    if (!byName.isEmpty()) {
      LOG.info(() -> "External sign-in with " + byName.keySet());
    }
  }

  private static Optional<IdentityProvider> configured(Config config, String name, int skew, int timeout) {
    String key = PREFIX + name + ".";
    Optional<String> issuer = config.getOptionalValue(key + "issuer", String.class);
    Optional<String> clientId = config.getOptionalValue(key + "client-id", String.class);
    if (issuer.isEmpty() || clientId.isEmpty()) {
      LOG.severe(() -> "Identity provider " + name + " needs " + key + "issuer and " + key + "client-id: left out");
      return Optional.empty();
    }
    try {
      Optional<URI> jwks = config.getOptionalValue(key + "jwks-uri", String.class).map(URI::create);
      IdentityProvider.uri(issuer.get());
      return Optional.of(new IdentityProvider(
          name,
          config.getOptionalValue(key + "display-name", String.class).orElse(name),
          issuer.get(),
          clientId.get(),
          config.getOptionalValue(key + "algorithm", String.class).orElse("RS256"),
          jwks,
          skew,
          timeout));
    } catch (Exception invalid) {
      LOG.severe(() -> "Identity provider " + name + " is misconfigured (" + invalid.getMessage() + "): left out");
      return Optional.empty();
    }
  }

  public Optional<IdentityProvider> named(String name) {
    return Optional.ofNullable(name).map(byName::get);
  }

  public List<IdentityProvider> all() {
    return List.copyOf(byName.values());
  }
}

package com.duskspendr.web.platform;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.oauth2.sdk.TokenRequest;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.security.CodeSource;
import java.util.logging.Logger;

/**
 * Says at start-up which Nimbus JOSE+JWT and OAuth 2.0 SDK the application runs with, and from where.
 * Payara ships its own Nimbus JOSE (10.5, an OSGi bundle, Payara #5533 for the linkage errors two copies
 * once caused); the OAuth SDK needs 10.9.1 or later, so the jar the application's class loader really
 * picks is worth a log line rather than a guess (README, OAuth: which Nimbus runs).
 */
@Startup
@Singleton
public class LibraryOrigins {

  private static final Logger LOG = Logger.getLogger(LibraryOrigins.class.getName());

  @PostConstruct
  void report() {
    LOG.info(() -> "Nimbus JOSE+JWT " + describe(JWSObject.class) + "; OAuth 2.0 SDK " + describe(TokenRequest.class));
  }

  static String describe(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    String version = type.getPackage() == null ? null : type.getPackage().getImplementationVersion();
    return (version == null ? "(no version)" : version) + " from "
        + (source == null || source.getLocation() == null ? "(unknown)" : source.getLocation())
        + " by " + type.getClassLoader();
  }
}

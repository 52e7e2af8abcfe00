package com.duskspendr.auth.control;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the signing keys come from. Read from system properties and environment variables directly, not
 * through MicroProfile Config: {@link SigningKeys#current()} is a process-wide singleton loaded outside
 * CDI, and these two settings are secrets that belong in the environment, not in a properties file.
 *
 * @param signingKeyJson a private RSA JWK ({@code duskspendr.jwt.signing-key})
 * @param dataDir where a generated key is kept ({@code duskspendr.data.dir}, default {@code data})
 * @param previousPublicKeysJson a JWKS of retired keys that still verify ({@code
 *     duskspendr.jwt.previous-public-keys})
 */
public record KeySettings(Optional<String> signingKeyJson, Path dataDir, Optional<String> previousPublicKeysJson) {

  public static final String SIGNING_KEY = "duskspendr.jwt.signing-key";
  public static final String DATA_DIR = "duskspendr.data.dir";
  public static final String PREVIOUS_PUBLIC_KEYS = "duskspendr.jwt.previous-public-keys";
  static final String DEFAULT_DATA_DIR = "data";

  public static KeySettings fromSystem() {
    return new KeySettings(
        read(SIGNING_KEY), Path.of(read(DATA_DIR).orElse(DEFAULT_DATA_DIR)), read(PREVIOUS_PUBLIC_KEYS));
  }

  /** A system property, else the environment variable MicroProfile Config would map it to; blank is unset. */
  static Optional<String> read(String key) {
    String value = System.getProperty(key);
    if (value == null || value.isBlank()) {
      value = System.getenv(environmentVariable(key));
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /** {@code duskspendr.jwt.signing-key} -> {@code DUSKSPENDR_JWT_SIGNING_KEY}. */
  static String environmentVariable(String key) {
    return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }

  Path keyFile() {
    return dataDir.resolve("keys").resolve("jwt-signing-key.json");
  }
}

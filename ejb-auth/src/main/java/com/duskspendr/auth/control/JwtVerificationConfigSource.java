package com.duskspendr.auth.control;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Hands our public keys to MicroProfile JWT as {@code mp.jwt.verify.publickey} (a JWKS, so MP-JWT picks
 * the key by the token's kid). A config source rather than a properties entry, because a generated key
 * exists only at run time. Registered through {@code META-INF/services}; the runtime creates it without
 * CDI, hence {@link SigningKeys#current()}.
 */
public class JwtVerificationConfigSource implements ConfigSource {

  public static final String PUBLIC_KEY_PROPERTY = "mp.jwt.verify.publickey";

  /** Above microprofile-config.properties (100), below environment (300) and system properties (400). */
  static final int ORDINAL = 150;

  private static final Logger LOG = Logger.getLogger(JwtVerificationConfigSource.class.getName());

  private final Supplier<SigningKeys> keys;

  public JwtVerificationConfigSource() {
    this(SigningKeys::current);
  }

  JwtVerificationConfigSource(Supplier<SigningKeys> keys) {
    this.keys = keys;
  }

  @Override
  public Set<String> getPropertyNames() {
    return Set.of(PUBLIC_KEY_PROPERTY);
  }

  @Override
  public Map<String, String> getProperties() {
    return Map.of(PUBLIC_KEY_PROPERTY, getValue(PUBLIC_KEY_PROPERTY));
  }

  /** Loads the keys only when asked for our one property: every other lookup passes by here too. */
  @Override
  public String getValue(String propertyName) {
    if (!PUBLIC_KEY_PROPERTY.equals(propertyName)) {
      return null;
    }
    try {
      return keys.get().publicJwksJson();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Cannot load the JWT keys; access tokens cannot be verified", e);
      throw e;
    }
  }

  @Override
  public int getOrdinal() {
    return ORDINAL;
  }

  @Override
  public String getName() {
    return "DuskSpendr JWT verification keys";
  }
}

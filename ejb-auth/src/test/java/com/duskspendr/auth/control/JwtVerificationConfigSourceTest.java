package com.duskspendr.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtVerificationConfigSourceTest {

  @TempDir Path dataDir;

  @Test
  void publishesAParseableJwksWithTheCurrentKid() throws Exception {
    SigningKeys keys = SigningKeys.load(new KeySettings(Optional.empty(), dataDir, Optional.empty()));
    var source = new JwtVerificationConfigSource(() -> keys);

    String value = source.getValue("mp.jwt.verify.publickey");
    JWKSet jwks = JWKSet.parse(value);
    RSAKey published = (RSAKey) jwks.getKeyByKeyId(keys.keyId());
    assertNotNull(published);
    assertEquals(keys.signingKey().getModulus(), published.getModulus());
    assertEquals(Set.of("mp.jwt.verify.publickey"), source.getPropertyNames());
    assertEquals(value, source.getProperties().get("mp.jwt.verify.publickey"));
    assertEquals(150, source.getOrdinal());
  }

  @Test
  void otherPropertiesNeitherAnswerNorLoadKeys() {
    AtomicInteger loads = new AtomicInteger();
    var source =
        new JwtVerificationConfigSource(
            () -> {
              loads.incrementAndGet();
              throw new IllegalStateException("must not be called");
            });
    assertNull(source.getValue("mp.jwt.verify.issuer"));
    assertNull(source.getValue("duskspendr.data.dir"));
    assertEquals(0, loads.get());
  }

  @Test
  void isRegisteredForServiceLoading() {
    assertTrue(
        ServiceLoader.load(ConfigSource.class).stream()
            .anyMatch(provider -> provider.type() == JwtVerificationConfigSource.class));
  }
}

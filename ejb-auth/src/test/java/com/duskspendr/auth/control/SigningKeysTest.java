package com.duskspendr.auth.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

  @TempDir Path dataDir;

  private KeySettings fromDataDir() {
    return new KeySettings(Optional.empty(), dataDir, Optional.empty());
  }

  @Test
  void generatesAKeyIntoTheDataDirectoryAndReloadsTheSameOne() throws Exception {
    SigningKeys generated = SigningKeys.load(fromDataDir());
    Path file = dataDir.resolve("keys/jwt-signing-key.json");
    assertTrue(Files.exists(file));
    RSAKey stored = RSAKey.parse(Files.readString(file));
    assertTrue(stored.isPrivate());
    assertEquals(2048, stored.size());
    assertEquals(generated.keyId(), stored.getKeyID());

    SigningKeys reloaded = SigningKeys.load(fromDataDir());
    assertEquals(generated.signingKey(), reloaded.signingKey());
    assertEquals(generated.publicJwksJson(), reloaded.publicJwksJson());
  }

  @Test
  void keepsTheKeyFileToItsOwner() throws Exception {
    SigningKeys.load(fromDataDir());
    Path file = dataDir.resolve("keys/jwt-signing-key.json");
    if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
      assertEquals(
          Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), Files.getPosixFilePermissions(file));
    }
    try (var files = Files.list(dataDir.resolve("keys"))) {
      assertEquals(List.of(file), files.toList(), "no temporary file left behind");
    }
  }

  @Test
  void aConfiguredKeyWinsOverTheDataDirectory() {
    SigningKeys inDirectory = SigningKeys.load(fromDataDir());
    RSAKey configured = SigningKeys.generate();
    SigningKeys keys =
        SigningKeys.load(new KeySettings(Optional.of(configured.toJSONString()), dataDir, Optional.empty()));
    assertEquals(configured, keys.signingKey());
    assertFalse(keys.keyId().equals(inDirectory.keyId()));
  }

  @Test
  void aConfiguredKeyNeitherNeedsNorWritesTheDataDirectory() {
    RSAKey configured = SigningKeys.generate();
    SigningKeys.load(new KeySettings(Optional.of(configured.toJSONString()), dataDir, Optional.empty()));
    assertFalse(Files.exists(dataDir.resolve("keys")));
  }

  @Test
  void aConfiguredKeyWithoutKidGetsItsThumbprint() throws Exception {
    RSAKey withoutKid = new RSAKey.Builder(SigningKeys.generate()).keyID(null).build();
    SigningKeys keys =
        SigningKeys.load(new KeySettings(Optional.of(withoutKid.toJSONString()), dataDir, Optional.empty()));
    assertEquals(withoutKid.computeThumbprint().toString(), keys.keyId());
  }

  @Test
  void rejectsAPublicOrMalformedConfiguredKey() {
    String publicOnly = SigningKeys.generate().toPublicJWK().toJSONString();
    var thrown =
        assertThrows(
            IllegalStateException.class,
            () -> SigningKeys.load(new KeySettings(Optional.of(publicOnly), dataDir, Optional.empty())));
    assertTrue(thrown.getMessage().contains("private RSA JWK"));
    assertThrows(
        IllegalStateException.class,
        () -> SigningKeys.load(new KeySettings(Optional.of("{not json"), dataDir, Optional.empty())));
  }

  @Test
  void publishesOnlyPublicKeysWithPreviousOnesAfterTheCurrent() throws Exception {
    RSAKey previous = SigningKeys.generate();
    String previousJwks = new JWKSet(previous.toPublicJWK()).toString();
    SigningKeys keys = SigningKeys.load(new KeySettings(Optional.empty(), dataDir, Optional.of(previousJwks)));

    JWKSet published = JWKSet.parse(keys.publicJwksJson());
    assertEquals(
        List.of(keys.keyId(), previous.getKeyID()), published.getKeys().stream().map(JWK::getKeyID).toList());
    assertTrue(published.getKeys().stream().noneMatch(JWK::isPrivate));
    assertFalse(keys.publicJwksJson().contains("\"d\""));
  }

  @Test
  void previousKeysHandedOverWithPrivatePartsArePublishedWithoutThem() throws Exception {
    RSAKey previous = SigningKeys.generate();
    SigningKeys keys =
        SigningKeys.load(
            new KeySettings(Optional.empty(), dataDir, Optional.of(new JWKSet(previous).toString(false))));
    assertNotNull(JWKSet.parse(keys.publicJwksJson()).getKeyByKeyId(previous.getKeyID()));
    assertFalse(keys.publicJwksJson().contains("\"d\""));
  }

  @Test
  void mapsSettingsToEnvironmentVariablesLikeMicroProfileConfig() {
    assertEquals("DUSKSPENDR_JWT_SIGNING_KEY", KeySettings.environmentVariable(KeySettings.SIGNING_KEY));
    assertEquals("DUSKSPENDR_DATA_DIR", KeySettings.environmentVariable(KeySettings.DATA_DIR));
  }

  @Test
  void readsSettingsFromSystemProperties() {
    String key = "duskspendr.test.setting-" + System.nanoTime();
    assertEquals(Optional.empty(), KeySettings.read(key));
    System.setProperty(key, "  value ");
    try {
      assertEquals(Optional.of("value"), KeySettings.read(key));
    } finally {
      System.clearProperty(key);
    }
  }
}

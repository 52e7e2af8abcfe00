package com.duskspendr.auth.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The RS256 key pair that signs access tokens, and the public keys that verify them. Taken from
 * configuration, else from the data directory, else generated there on first start.
 *
 * <p>One instance per process ({@link #current()}): the token issuer, the token verifier and the JWKS
 * endpoint (a plain servlet among them) must all see the same keys.
 */
public final class SigningKeys {

  private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());
  static final int KEY_SIZE = 2048;

  private static volatile SigningKeys current;

  private final RSAKey signingKey;
  private final JWKSet publicKeys;

  private SigningKeys(RSAKey signingKey, List<JWK> previousPublicKeys) {
    this.signingKey = signingKey;
    List<JWK> keys = new ArrayList<>();
    keys.add(signingKey.toPublicJWK());
    previousPublicKeys.stream().filter(key -> !signingKey.getKeyID().equals(key.getKeyID())).forEach(keys::add);
    this.publicKeys = new JWKSet(keys);
  }

  /**
   * The process-wide keys, loaded on first use from {@link KeySettings#fromSystem()}. A failed load is
   * retried at the next call rather than remembered.
   */
  public static SigningKeys current() {
    SigningKeys keys = current;
    if (keys == null) {
      synchronized (SigningKeys.class) {
        keys = current;
        if (keys == null) {
          keys = load(KeySettings.fromSystem());
          current = keys;
        }
      }
    }
    return keys;
  }

  public static SigningKeys load(KeySettings settings) {
    RSAKey signingKey =
        settings.signingKeyJson().isPresent()
            ? fromConfiguration(settings.signingKeyJson().get())
            : fromDataDirectory(settings.keyFile());
    List<JWK> previous = settings.previousPublicKeysJson().map(SigningKeys::parsePublicKeys).orElse(List.of());
    return new SigningKeys(signingKey, previous);
  }

  /** The private key; only the token issuer has any business with it. */
  public RSAKey signingKey() {
    return signingKey;
  }

  public String keyId() {
    return signingKey.getKeyID();
  }

  /** The current public key first, then the retired ones that still verify. */
  public JWKSet publicKeys() {
    return publicKeys;
  }

  public String publicJwksJson() {
    return publicKeys.toString(true);
  }

  private static RSAKey fromConfiguration(String json) {
    RSAKey key = parsePrivateKey(json, "configuration " + KeySettings.SIGNING_KEY);
    LOG.info(() -> "JWT signing key " + key.getKeyID() + " taken from " + KeySettings.SIGNING_KEY);
    return key;
  }

  private static RSAKey fromDataDirectory(Path file) {
    try {
      if (Files.exists(file)) {
        RSAKey key = read(file);
        LOG.info(() -> "JWT signing key " + key.getKeyID() + " read from " + file.toAbsolutePath());
        return key;
      }
      return generateInto(file);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read or write the JWT signing key at " + file.toAbsolutePath(), e);
    }
  }

  private static RSAKey read(Path file) throws IOException {
    return parsePrivateKey(Files.readString(file, StandardCharsets.UTF_8), file.toAbsolutePath().toString());
  }

  /**
   * Writes a complete file under a temporary name and then moves it into place, so that another instance
   * starting at the same time never reads half a key; if it won the race, its key is used.
   */
  private static RSAKey generateInto(Path file) throws IOException {
    RSAKey key = generate();
    Path directory = file.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    restrictToOwner(directory, "rwx------");
    Path temporary = Files.createTempFile(directory, "jwt-signing-key", ".tmp");
    try {
      restrictToOwner(temporary, "rw-------");
      Files.writeString(temporary, key.toJSONString(), StandardCharsets.UTF_8);
      Files.move(temporary, file);
    } catch (FileAlreadyExistsException concurrentlyCreated) {
      LOG.info(() -> "Another instance created the JWT signing key first; using it");
      return read(file);
    } finally {
      Files.deleteIfExists(temporary);
    }
    LOG.info(() -> "Generated JWT signing key " + key.getKeyID() + " at " + file.toAbsolutePath());
    return key;
  }

  static RSAKey generate() {
    try {
      return new RSAKeyGenerator(KEY_SIZE)
          .keyID(UUID.randomUUID().toString())
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot generate an RSA key", e);
    }
  }

  // Best effort: file systems without POSIX permissions (Windows) rely on the data directory's own ACL.
  private static void restrictToOwner(Path path, String permissions) throws IOException {
    if (Files.getFileAttributeView(path, PosixFileAttributeView.class) != null) {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
    } else {
      var file = path.toFile();
      file.setReadable(false, false);
      file.setReadable(true, true);
      file.setWritable(false, false);
      file.setWritable(true, true);
    }
  }

  /** Never puts the key material into a message: parse errors could otherwise end up in logs. */
  private static RSAKey parsePrivateKey(String json, String source) {
    JWK jwk;
    try {
      jwk = JWK.parse(json);
    } catch (ParseException e) {
      throw new IllegalStateException("The JWT signing key in " + source + " is not a valid JWK");
    }
    if (!(jwk instanceof RSAKey rsa) || !rsa.isPrivate()) {
      throw new IllegalStateException("The JWT signing key in " + source + " must be a private RSA JWK");
    }
    if (rsa.getKeyID() != null && !rsa.getKeyID().isBlank()) {
      return rsa;
    }
    // Tokens must name their key, so that verifiers can pick it during a rotation; a kid derived from
    // the key itself is stable across restarts.
    try {
      return new RSAKey.Builder(rsa).keyIDFromThumbprint().build();
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot compute the key id of the JWT signing key in " + source);
    }
  }

  private static List<JWK> parsePublicKeys(String json) {
    try {
      return JWKSet.parse(json).toPublicJWKSet().getKeys();
    } catch (ParseException e) {
      throw new IllegalStateException(KeySettings.PREVIOUS_PUBLIC_KEYS + " is not a valid JWK set", e);
    }
  }
}

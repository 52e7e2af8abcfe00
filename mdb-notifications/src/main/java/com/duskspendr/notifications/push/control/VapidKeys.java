package com.duskspendr.notifications.push.control;

import com.zerodeplibs.webpush.VAPIDKeyPair;
import com.zerodeplibs.webpush.VAPIDKeyPairs;
import com.zerodeplibs.webpush.key.PrivateKeySources;
import com.zerodeplibs.webpush.key.PublicKeySources;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's VAPID key pair (RFC 8292), which browsers subscribe with and push services check each
 * request against: from configuration as the web-push tools print it (base64url: the 65-byte public key,
 * the 32-byte private key). Without it, a pair is generated at start-up for development: subscriptions
 * made against it stop working when the server restarts, so production configures one.
 */
@ApplicationScoped
public class VapidKeys {

  private static final Logger LOG = Logger.getLogger(VapidKeys.class.getName());

  @Inject
  @ConfigProperty(name = "duskspendr.push.webpush.public-key")
  Optional<String> publicKey;

  @Inject
  @ConfigProperty(name = "duskspendr.push.webpush.private-key")
  Optional<String> privateKey;

  private VAPIDKeyPair pair;

  @PostConstruct
  void load() {
    try {
      if (publicKey.filter(k -> !k.isBlank()).isPresent() && privateKey.filter(k -> !k.isBlank()).isPresent()) {
        ECPrivateKey key = (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(
            new ECPrivateKeySpec(new BigInteger(1, decode(privateKey.get())), curve().getParams()));
        pair = VAPIDKeyPairs.of(PrivateKeySources.ofECPrivateKey(key),
            PublicKeySources.ofUncompressedBytes(decode(publicKey.get())));
        return;
      }
      KeyPair generated = generator().generateKeyPair();
      pair = VAPIDKeyPairs.of(PrivateKeySources.ofECPrivateKey((ECPrivateKey) generated.getPrivate()),
          PublicKeySources.ofECPublicKey((ECPublicKey) generated.getPublic()));
      LOG.warning(() -> "No VAPID keys configured (duskspendr.push.webpush.public-key, .private-key): generated "
          + publicKey() + " for this run only; Web Push subscriptions made against it end with a restart");
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("duskspendr.push.webpush.public-key/.private-key are not a P-256 key pair"
          + " in base64url", e);
    }
  }

  public VAPIDKeyPair pair() {
    return pair;
  }

  /** The public key in the form browsers take as {@code applicationServerKey}: base64url, uncompressed. */
  public String publicKey() {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(pair.extractPublicKeyInUncompressedForm());
  }

  private static byte[] decode(String base64url) {
    return Base64.getUrlDecoder().decode(base64url.strip().replace("=", ""));
  }

  private static ECPublicKey curve() throws GeneralSecurityException {
    return (ECPublicKey) generator().generateKeyPair().getPublic();
  }

  private static KeyPairGenerator generator() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator;
  }
}

package com.duskspendr.web.blackbox;

import com.duskspendr.web.it.LocalProviders;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a browser holds for one Web Push subscription: its P-256 key pair and auth secret, and the
 * endpoint its push service gave it. Decrypts what the push service delivers, as the browser does
 * (RFC 8291 with the aes128gcm content coding of RFC 8188): a payload that decrypts was encrypted for
 * this subscription and no other.
 */
record WebPushSubscriber(String endpoint, KeyPair keys, byte[] authSecret) {

  static WebPushSubscriber create(String endpoint) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      byte[] auth = new byte[16];
      new SecureRandom().nextBytes(auth);
      return new WebPushSubscriber(endpoint, generator.generateKeyPair(), auth);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code PushSubscription.toJSON()} as a browser sends it to its app's server. */
  Map<String, Object> json() {
    Map<String, Object> json = new HashMap<>();
    json.put("endpoint", endpoint);
    json.put("expirationTime", null);
    json.put("keys", Map.of("p256dh", base64(uncompressed((ECPublicKey) keys.getPublic())), "auth", base64(authSecret)));
    return json;
  }

  String decrypt(byte[] body) throws Exception {
    ByteBuffer in = ByteBuffer.wrap(body);
    byte[] salt = new byte[16];
    in.get(salt);
    in.getInt(); // record size: one record here
    byte[] serverKey = new byte[in.get() & 0xff];
    in.get(serverKey);
    byte[] ciphertext = new byte[in.remaining()];
    in.get(ciphertext);

    KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
    agreement.init(keys.getPrivate());
    agreement.doPhase(LocalProviders.ecPublicKey(serverKey), true);
    byte[] ecdhSecret = agreement.generateSecret();
    byte[] uaPublic = uncompressed((ECPublicKey) keys.getPublic());
    byte[] keyInfo = concat("WebPush: info".getBytes(StandardCharsets.US_ASCII), new byte[] {0}, uaPublic, serverKey);
    byte[] ikm = hkdf(authSecret, ecdhSecret, keyInfo, 32);
    byte[] cek = hkdf(salt, ikm, concat("Content-Encoding: aes128gcm".getBytes(StandardCharsets.US_ASCII), new byte[] {0}), 16);
    byte[] nonce = hkdf(salt, ikm, concat("Content-Encoding: nonce".getBytes(StandardCharsets.US_ASCII), new byte[] {0}), 12);
    Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
    aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
    byte[] padded = aes.doFinal(ciphertext);
    int end = padded.length - 1;
    while (end >= 0 && padded[end] == 0) {
      end--;
    }
    if (end < 0 || padded[end] != 2) {
      throw new GeneralSecurityException("not the last record's padding delimiter");
    }
    return new String(padded, 0, end, StandardCharsets.UTF_8);
  }

  static byte[] uncompressed(ECPublicKey key) {
    byte[] out = new byte[65];
    out[0] = 4;
    copy(key.getW().getAffineX(), out, 1);
    copy(key.getW().getAffineY(), out, 33);
    return out;
  }

  private static void copy(BigInteger value, byte[] out, int offset) {
    byte[] raw = value.toByteArray();
    int length = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - length, out, offset + 32 - length, length);
  }

  /** HKDF-SHA-256 (RFC 5869), one block of output is all Web Push needs. */
  private static byte[] hkdf(byte[] salt, byte[] ikm, byte[] info, int length) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(salt, "HmacSHA256"));
    byte[] prk = mac.doFinal(ikm);
    mac.init(new SecretKeySpec(prk, "HmacSHA256"));
    mac.update(info);
    mac.update((byte) 1);
    return Arrays.copyOf(mac.doFinal(), length);
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] p : parts) {
      length += p.length;
    }
    byte[] out = new byte[length];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  static String base64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}

package com.duskspendr.analytics.exports.control;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed download links: HMAC-SHA256 over the export, its owner and the expiry instant, so a link works
 * without a bearer token, only for that export of that user, and only until it expires. Compared in constant
 * time.
 */
public final class DownloadLinks {

  private final byte[] key;

  public DownloadLinks(byte[] key) {
    if (key.length < 32) {
      throw new IllegalArgumentException("A signing key needs at least 256 bits");
    }
    this.key = key.clone();
  }

  public String signature(UUID exportId, UUID owner, long expiresEpochSecond) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] tag = mac.doFinal((exportId + "." + owner + "." + expiresEpochSecond).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether the signature is this export's and owner's for that expiry, and the expiry is still ahead. */
  public boolean valid(UUID exportId, UUID owner, long expiresEpochSecond, String signature, Instant now) {
    if (signature == null || now.getEpochSecond() >= expiresEpochSecond) {
      return false;
    }
    return MessageDigest.isEqual(
        signature(exportId, owner, expiresEpochSecond).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
  }
}

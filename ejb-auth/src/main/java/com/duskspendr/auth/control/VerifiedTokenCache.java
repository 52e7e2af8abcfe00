package com.duskspendr.auth.control;

import com.duskspendr.auth.boundary.VerifiedAccessToken;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens whose signature and claims were already checked, so a client's next request costs a SHA-256
 * instead of an RSA verification. Keyed by the token's hash, never the token itself: a heap dump must not
 * hand out working credentials. An entry is never used past its token's {@code exp}, and the cache holds
 * at most {@code maxEntries}: when full it first drops expired entries, and if that frees nothing it does
 * not cache the new token (it is verified in full again next time) rather than grow.
 *
 * <p>Only the signature is cached; whether the token's session is still open is asked separately on every
 * request ({@link SessionActivity}).
 */
public class VerifiedTokenCache {

  private final Map<String, VerifiedAccessToken> entries = new ConcurrentHashMap<>();
  private final int maxEntries;

  public VerifiedTokenCache(int maxEntries) {
    this.maxEntries = maxEntries;
  }

  public Optional<VerifiedAccessToken> find(String key, Instant now) {
    VerifiedAccessToken token = entries.get(key);
    if (token == null) {
      return Optional.empty();
    }
    if (token.isExpiredAt(now)) {
      entries.remove(key, token);
      return Optional.empty();
    }
    return Optional.of(token);
  }

  public void put(String key, VerifiedAccessToken token, Instant now) {
    if (maxEntries <= 0) {
      return;
    }
    if (entries.size() >= maxEntries) {
      entries.values().removeIf(cached -> cached.isExpiredAt(now));
      if (entries.size() >= maxEntries) {
        return;
      }
    }
    entries.put(key, token);
  }

  public int size() {
    return entries.size();
  }

  /** SHA-256 of the compact token, Base64url: the cache key. */
  public static String keyOf(String compactToken) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(compactToken.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}

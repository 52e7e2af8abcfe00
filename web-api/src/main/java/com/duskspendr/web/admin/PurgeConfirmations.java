package com.duskspendr.web.admin;

import com.duskspendr.platform.identity.AccountId;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The two steps of a purge: the first asks for a token, the second spends it. A token is random, names one queue
 * and one admin, works once and only for {@code duskspendr.admin.purge-confirmation-ttl}. Kept in Payara's data
 * grid (JCache, like the rate limits), so the second step may land on another instance.
 */
@ApplicationScoped
public class PurgeConfirmations {

  static final String CACHE_NAME = "duskspendr-purge-confirmations";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject CacheManager caches;

  @Inject
  @ConfigProperty(name = "duskspendr.admin.purge-confirmation-ttl", defaultValue = "PT2M")
  Duration ttl;

  private Cache<String, String> tokens;

  @PostConstruct
  void open() {
    Cache<String, String> existing = caches.getCache(CACHE_NAME, String.class, String.class);
    if (existing != null) {
      tokens = existing;
      return;
    }
    try {
      tokens = caches.createCache(CACHE_NAME, new MutableConfiguration<String, String>()
          .setTypes(String.class, String.class)
          .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(
              new javax.cache.expiry.Duration(TimeUnit.SECONDS, Math.max(1, ttl.toSeconds())))));
    } catch (CacheException createdMeanwhile) {
      tokens = caches.getCache(CACHE_NAME, String.class, String.class);
    }
  }

  public String issue(String queue, AccountId admin) {
    byte[] random = new byte[24];
    RANDOM.nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    tokens.put(token, subject(queue, admin));
    return token;
  }

  /** Whether the token was issued to this admin for this queue and is still valid; it is spent either way. */
  public boolean spend(String token, String queue, AccountId admin) {
    String subject = tokens.getAndRemove(token);
    return subject != null && subject.equals(subject(queue, admin));
  }

  public Duration ttl() {
    return ttl;
  }

  private static String subject(String queue, AccountId admin) {
    return admin + "|" + queue;
  }
}

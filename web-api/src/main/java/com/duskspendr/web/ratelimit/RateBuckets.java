package com.duskspendr.web.ratelimit;

import com.duskspendr.platform.identity.AccountId;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.Duration;
import javax.cache.expiry.ModifiedExpiryPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The token buckets. In a cluster ({@code duskspendr.cluster}), shared by every instance: a JCache cache of
 * Payara's data grid (Hazelcast). A bucket left alone longer than an hour is full again whatever its policy
 * (windows are at most that long), so entries expire after an hour without change and the cache never grows
 * beyond the clients active in the last hour. An instance on its own keeps them in its heap instead
 * ({@link LocalBuckets}): the same budgets, without the grid's cost on every request.
 */
@ApplicationScoped
public class RateBuckets {

  static final String CACHE_NAME = "duskspendr-rate-limits";

  @Inject CacheManager caches;

  @Inject
  @ConfigProperty(name = "duskspendr.cluster", defaultValue = "false")
  boolean cluster;

  private ProxyManager<String> buckets;
  private LocalBuckets local;
  private final Map<RatePolicy, BucketConfiguration> configurations = new ConcurrentHashMap<>();

  @PostConstruct
  void open() {
    if (cluster) {
      buckets = new JCacheCompareAndSwap(cache());
    } else {
      local = new LocalBuckets();
    }
  }

  private Cache<String, String> cache() {
    Cache<String, String> existing = caches.getCache(CACHE_NAME, String.class, String.class);
    if (existing != null) {
      return existing;
    }
    try {
      return caches.createCache(CACHE_NAME, new MutableConfiguration<String, String>()
          .setTypes(String.class, String.class)
          .setExpiryPolicyFactory(ModifiedExpiryPolicy.factoryOf(new Duration(TimeUnit.HOURS, 1))));
    } catch (CacheException createdMeanwhile) {
      // Another instance of the cluster (or thread) created it first.
      return caches.getCache(CACHE_NAME, String.class, String.class);
    }
  }

  /** Takes one request from the bucket {@code key} under {@code policy}; says how it went either way. */
  public ConsumptionProbe take(String key, RatePolicy policy) {
    BucketConfiguration configuration = configurations.computeIfAbsent(policy, RateBuckets::configurationOf);
    if (local != null) {
      return local.take(key, configuration);
    }
    return buckets.builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1);
  }

  /** The key of an account's bucket for a route class: one definition for the filter and for a reset. */
  static String accountKey(RouteClass route, AccountId account) {
    return "u:" + route.configKey() + ":" + account;
  }

  /** An admin's reset: the account's buckets start full again, on every instance (the cache is shared). */
  public void forgetAccount(AccountId account) {
    for (RouteClass route : RouteClass.values()) {
      if (local != null) {
        local.forget(accountKey(route, account));
      } else {
        buckets.removeProxy(accountKey(route, account));
      }
    }
  }

  static BucketConfiguration configurationOf(RatePolicy policy) {
    return BucketConfiguration.builder()
        .addLimit(limit -> limit.capacity(policy.quota()).refillGreedy(policy.quota(), policy.window()))
        .build();
  }
}

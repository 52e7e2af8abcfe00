package com.duskspendr.web.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The buckets of an instance that shares them with nobody (not part of a cluster): Bucket4j's lock-free local
 * buckets in this JVM's heap. The grid store costs a lone instance as much as a cluster: two Hazelcast
 * operations per request, each handed to a partition thread that first installs the application's CDI request
 * context (Payara's JCache tenant control), 17% of a list page's CPU and 25% of {@code /users/me}'s (JFR, paired
 * benchmark). A bucket left alone for an hour is full again whatever its policy, so such buckets are dropped,
 * and the map never holds more than the clients of the last hour.
 */
final class LocalBuckets {

  private static final long IDLE_NANOS = TimeUnit.HOURS.toNanos(1);
  private static final long SWEEP_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);

  private record Entry(Bucket bucket, AtomicLong lastUsed) {}

  private final ConcurrentHashMap<String, Entry> buckets = new ConcurrentHashMap<>();
  private final AtomicLong nextSweep = new AtomicLong(System.nanoTime() + SWEEP_EVERY_NANOS);

  ConsumptionProbe take(String key, BucketConfiguration configuration) {
    long now = System.nanoTime();
    sweepIfDue(now);
    Entry entry = buckets.computeIfAbsent(key, unused -> new Entry(bucketOf(configuration), new AtomicLong()));
    entry.lastUsed().set(now);
    return entry.bucket().tryConsumeAndReturnRemaining(1);
  }

  void forget(String key) {
    buckets.remove(key);
  }

  int size() {
    return buckets.size();
  }

  /** Drops, at most once a minute and on one thread, the buckets unused for an hour (full again by now). */
  void sweepIfDue(long now) {
    long due = nextSweep.get();
    if (now - due < 0 || !nextSweep.compareAndSet(due, now + SWEEP_EVERY_NANOS)) {
      return;
    }
    buckets.values().removeIf(entry -> now - entry.lastUsed().get() > IDLE_NANOS);
  }

  private static Bucket bucketOf(BucketConfiguration configuration) {
    var builder = Bucket.builder();
    for (var limit : configuration.getBandwidths()) {
      builder.addLimit(limit);
    }
    return builder.build();
  }
}

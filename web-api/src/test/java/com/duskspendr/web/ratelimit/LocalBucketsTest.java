package com.duskspendr.web.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LocalBucketsTest {

  private final BucketConfiguration threePerHour =
      RateBuckets.configurationOf(RatePolicy.parse("user-read", "3/PT1H"));

  @Test
  void aBucketRefusesTheRequestBeyondItsQuotaAndKeysDoNotShare() {
    LocalBuckets buckets = new LocalBuckets();
    for (int i = 3; i > 0; i--) {
      var probe = buckets.take("u:read:a", threePerHour);
      assertTrue(probe.isConsumed());
      assertEquals(i - 1, probe.getRemainingTokens());
    }
    var refused = buckets.take("u:read:a", threePerHour);
    assertFalse(refused.isConsumed());
    assertTrue(Duration.ofNanos(refused.getNanosToWaitForRefill()).toMinutes() >= 19, "a third of an hour to refill");
    assertTrue(buckets.take("u:read:b", threePerHour).isConsumed(), "another key has a budget of its own");
  }

  @Test
  void aForgottenBucketStartsFullAgain() {
    LocalBuckets buckets = new LocalBuckets();
    for (int i = 0; i < 3; i++) {
      buckets.take("u:read:a", threePerHour);
    }
    buckets.forget("u:read:a");
    assertEquals(2, buckets.take("u:read:a", threePerHour).getRemainingTokens());
  }

  @Test
  void bucketsIdleForAnHourAreDroppedAndRecentOnesKept() {
    LocalBuckets buckets = new LocalBuckets();
    buckets.take("idle", threePerHour);
    buckets.take("recent", threePerHour);
    long now = System.nanoTime();

    buckets.sweepIfDue(now + TimeUnit.MINUTES.toNanos(2));
    assertEquals(2, buckets.size(), "used two minutes ago: kept");

    buckets.sweepIfDue(now + TimeUnit.MINUTES.toNanos(61));
    assertEquals(0, buckets.size(), "unused for an hour: full again anyway, so dropped");
  }
}

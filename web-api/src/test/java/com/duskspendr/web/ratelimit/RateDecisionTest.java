package com.duskspendr.web.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** With Bucket4j's own local buckets: the same arithmetic the grid's buckets run. */
class RateDecisionTest {

  private final RatePolicy address = RatePolicy.parse("address-write", "100/PT1M");
  private final RatePolicy user = RatePolicy.parse("user-write", "3/PT1M");

  @Test
  void headersNameEveryPolicyAndReportTheOneClosestToRunningOut() {
    Bucket addressBucket = Bucket.builder().addLimit(RateBuckets.configurationOf(address).getBandwidths()[0]).build();
    Bucket userBucket = Bucket.builder().addLimit(RateBuckets.configurationOf(user).getBandwidths()[0]).build();

    RateDecision decision = new RateDecision();
    decision.add(address, addressBucket.tryConsumeAndReturnRemaining(1));
    decision.add(user, userBucket.tryConsumeAndReturnRemaining(1));

    assertTrue(decision.allowed());
    assertEquals("\"address-write\";q=100;w=60, \"user-write\";q=3;w=60", decision.policyHeader());
    // One of three taken: two left, full again in a third of the window.
    assertEquals("\"user-write\";r=2;t=20", decision.limitHeader());
  }

  @Test
  void anEmptyBucketRefusesAndSaysWhenTheNextRequestFits() {
    Bucket userBucket = Bucket.builder().addLimit(RateBuckets.configurationOf(user).getBandwidths()[0]).build();
    userBucket.tryConsume(3);

    RateDecision decision = new RateDecision();
    ConsumptionProbe refused = userBucket.tryConsumeAndReturnRemaining(1);
    decision.add(user, refused);

    assertFalse(decision.allowed());
    Duration wait = decision.retryAfter();
    assertTrue(wait.compareTo(Duration.ofSeconds(19)) > 0 && wait.compareTo(Duration.ofSeconds(20)) <= 0, wait.toString());
    assertEquals("\"user-write\";r=0;t=60", decision.limitHeader());
  }
}

package com.duskspendr.web.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of a request's budgets, and the IETF headers that tell the client about them
 * (draft-ietf-httpapi-ratelimit-headers: {@code RateLimit-Policy} lists every policy that applied,
 * {@code RateLimit} the one closest to running out).
 */
final class RateDecision {

  private record Outcome(RatePolicy policy, ConsumptionProbe probe) {}

  private final List<Outcome> outcomes = new ArrayList<>();

  void add(RatePolicy policy, ConsumptionProbe probe) {
    outcomes.add(new Outcome(policy, probe));
  }

  boolean allowed() {
    return outcomes.stream().allMatch(outcome -> outcome.probe().isConsumed());
  }

  /** Until the refused bucket holds a token again, at least a second. */
  Duration retryAfter() {
    long nanos = outcomes.stream()
        .filter(outcome -> !outcome.probe().isConsumed())
        .mapToLong(outcome -> outcome.probe().getNanosToWaitForRefill())
        .max()
        .orElse(0);
    return Duration.ofNanos(Math.max(nanos, 1));
  }

  String policyHeader() {
    return outcomes.stream().map(outcome -> outcome.policy().policyItem()).collect(Collectors.joining(", "));
  }

  /** {@code "user-read";r=1187;t=4}: remaining requests, and seconds until the bucket is full again. */
  String limitHeader() {
    Outcome tightest = outcomes.stream()
        .min((a, b) -> Long.compare(a.probe().getRemainingTokens(), b.probe().getRemainingTokens()))
        .orElseThrow();
    long resetSeconds = ceilSeconds(tightest.probe().getNanosToWaitForReset());
    return "\"" + tightest.policy().name() + "\";r=" + tightest.probe().getRemainingTokens() + ";t=" + resetSeconds;
  }

  boolean isEmpty() {
    return outcomes.isEmpty();
  }

  static long ceilSeconds(long nanos) {
    return nanos <= 0 ? 0 : (nanos + 999_999_999L) / 1_000_000_000L;
  }
}

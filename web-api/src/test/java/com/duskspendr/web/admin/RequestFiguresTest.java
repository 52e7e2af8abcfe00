package com.duskspendr.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RequestFiguresTest {

  private final AtomicLong now = new AtomicLong(1_000_000_000L);

  private RequestFigures figures() {
    RequestFigures figures = new RequestFigures();
    figures.window = Duration.ofMinutes(5);
    figures.slot = Duration.ofSeconds(10);
    figures.clockMillis = now::get;
    figures.open();
    return figures;
  }

  private static long millis(double ms) {
    return (long) (ms * 1_000_000);
  }

  @Test
  void percentilesAreWithinTenPercentOfTheExactOnes() {
    RequestFigures figures = figures();
    Random random = new Random(17);
    double[] latencies = new double[10_000];
    for (int i = 0; i < latencies.length; i++) {
      latencies[i] = Math.exp(random.nextGaussian() * 1.5 + 2); // log-normal, ms
      figures.record("GET /v1/x", 200, millis(latencies[i]));
    }
    java.util.Arrays.sort(latencies);
    RequestFigures.RouteFigures route = figures.snapshot().routes().get(0);
    double exactP50 = latencies[(int) Math.ceil(0.5 * latencies.length) - 1];
    double exactP99 = latencies[(int) Math.ceil(0.99 * latencies.length) - 1];
    assertTrue(route.p50Ms() >= exactP50 * 0.99 && route.p50Ms() <= exactP50 * 1.11, route + " vs " + exactP50);
    assertTrue(route.p99Ms() >= exactP99 * 0.99 && route.p99Ms() <= exactP99 * 1.11, route + " vs " + exactP99);
    assertEquals(10_000, route.requests());
  }

  @Test
  void countsRatesErrorsLoginFailuresAndRefusalsPerRoute() {
    RequestFigures figures = figures();
    for (int i = 0; i < 30; i++) {
      figures.record("GET /v1/a", i < 3 ? 500 : 200, millis(5));
    }
    figures.record("POST /v1/b", 429, millis(1));
    figures.loginFailed();
    RequestFigures.Snapshot snapshot = figures.snapshot();
    assertEquals(31, snapshot.requests());
    assertEquals("GET /v1/a", snapshot.routes().get(0).route());
    assertEquals(0.1, snapshot.routes().get(0).errorRate());
    assertEquals(0.1, snapshot.routes().get(0).perSecond(), 0.0001); // 30 in 300 s
    assertEquals(1, snapshot.rateLimitRefusals());
    assertEquals(1, snapshot.loginFailures());
    assertEquals(30, snapshot.series().size());
    assertEquals(3.1, snapshot.series().get(29).perSecond(), 0.0001); // 31 in the current 10 s slot
  }

  @Test
  void whatIsOlderThanTheWindowIsForgotten() {
    RequestFigures figures = figures();
    figures.record("GET /v1/a", 200, millis(5));
    figures.loginFailed();
    now.addAndGet(Duration.ofMinutes(4).toMillis());
    figures.record("GET /v1/b", 200, millis(5));
    assertEquals(2, figures.snapshot().requests());
    now.addAndGet(Duration.ofMinutes(2).toMillis());
    RequestFigures.Snapshot later = figures.snapshot();
    assertEquals(1, later.requests());
    assertEquals("GET /v1/b", later.routes().get(0).route());
    assertEquals(0, later.loginFailures());
    // a slot reused a whole ring later starts empty
    now.addAndGet(Duration.ofMinutes(10).toMillis());
    figures.record("GET /v1/c", 200, millis(5));
    assertEquals(1, figures.snapshot().requests());
  }

  @Test
  void anEmptyWindowHasZeroFigures() {
    RequestFigures.Snapshot empty = figures().snapshot();
    assertEquals(0, empty.requests());
    assertEquals(0, empty.p99Ms());
    assertEquals(0, empty.errorRate());
    assertTrue(empty.routes().isEmpty());
  }
}

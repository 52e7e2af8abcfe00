package com.duskspendr.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This instance's live request figures for the ops console: a ring of time slots over the last few minutes
 * (MicroProfile Metrics stays off by default, see README), each slot counting requests, errors and a latency
 * histogram per route. Latencies fall into logarithmic buckets 10% apart, so a percentile is exact to within
 * 10% whatever the spread, in constant memory per route. Figures are per instance: behind a load balancer each
 * instance's console shows its own share.
 */
@ApplicationScoped
public class RequestFigures {

  /** Bucket i holds latencies up to 0.1 ms * 1.1^i; 150 buckets reach past 30 minutes. */
  static final int BUCKETS = 150;
  static final double GROWTH = 1.1;
  static final double FIRST_BOUND_MS = 0.1;

  @Inject
  @ConfigProperty(name = "duskspendr.admin.figures.window", defaultValue = "PT5M")
  Duration window;

  @Inject
  @ConfigProperty(name = "duskspendr.admin.figures.slot", defaultValue = "PT10S")
  Duration slot;

  LongSupplier clockMillis = System::currentTimeMillis;

  private Slot[] slots;

  /** One time slot: which period it holds, and what happened in it. */
  private static final class Slot {
    long period = -1;
    final Map<String, RouteStats> routes = new HashMap<>();
    long loginFailures;
    long rateLimited;
  }

  private static final class RouteStats {
    long requests;
    long errors;
    final long[] latency = new long[BUCKETS];

    void add(RouteStats other) {
      requests += other.requests;
      errors += other.errors;
      for (int i = 0; i < BUCKETS; i++) {
        latency[i] += other.latency[i];
      }
    }
  }

  @PostConstruct
  void open() {
    slots = new Slot[(int) Math.max(1, window.toMillis() / slot.toMillis())];
    for (int i = 0; i < slots.length; i++) {
      slots[i] = new Slot();
    }
  }

  /** One answered request: its route (template), status and time taken. */
  public void record(String route, int status, long nanos) {
    Slot current = current();
    synchronized (current) {
      RouteStats stats = current.routes.computeIfAbsent(route, any -> new RouteStats());
      stats.requests++;
      if (status >= 500) {
        stats.errors++;
      }
      stats.latency[bucketOf(nanos / 1_000_000.0)]++;
      if (status == 429) {
        current.rateLimited++;
      }
    }
  }

  public void loginFailed() {
    Slot current = current();
    synchronized (current) {
      current.loginFailures++;
    }
  }

  private Slot current() {
    long period = clockMillis.getAsLong() / slot.toMillis();
    Slot s = slots[(int) (period % slots.length)];
    synchronized (s) {
      if (s.period != period) {
        s.period = period;
        s.routes.clear();
        s.loginFailures = 0;
        s.rateLimited = 0;
      }
    }
    return s;
  }

  static int bucketOf(double millis) {
    if (millis <= FIRST_BOUND_MS) {
      return 0;
    }
    int bucket = (int) Math.ceil(Math.log(millis / FIRST_BOUND_MS) / Math.log(GROWTH));
    return Math.min(bucket, BUCKETS - 1);
  }

  static double upperBoundMs(int bucket) {
    return FIRST_BOUND_MS * Math.pow(GROWTH, bucket);
  }

  /** The latency at or below which {@code quantile} of the counted requests finished (bucket bound, ms). */
  static double percentile(long[] latency, double quantile) {
    long total = 0;
    for (long count : latency) {
      total += count;
    }
    if (total == 0) {
      return 0;
    }
    long rank = (long) Math.ceil(quantile * total);
    long seen = 0;
    for (int i = 0; i < latency.length; i++) {
      seen += latency[i];
      if (seen >= rank) {
        return Math.round(upperBoundMs(i) * 10) / 10.0;
      }
    }
    return upperBoundMs(latency.length - 1);
  }

  /** One route's figures over the window. */
  public record RouteFigures(String route, long requests, double perSecond, double p50Ms, double p99Ms, double errorRate) {}

  /** One slot of the charts: when it started, requests per second, p50 and p99 over all routes. */
  public record Point(long startMillis, double perSecond, double p50Ms, double p99Ms) {}

  /** The window's figures: totals, per route (busiest first), and the series the console charts. */
  public record Snapshot(
      long windowSeconds, long slotSeconds, long requests, double perSecond, double p50Ms, double p99Ms,
      double errorRate, long loginFailures, long rateLimitRefusals, List<RouteFigures> routes, List<Point> series) {}

  public Snapshot snapshot() {
    long now = clockMillis.getAsLong() / slot.toMillis();
    double slotSeconds = slot.toMillis() / 1000.0;
    Map<String, RouteStats> byRoute = new HashMap<>();
    RouteStats all = new RouteStats();
    long loginFailures = 0;
    long rateLimited = 0;
    List<Point> series = new ArrayList<>();
    for (long period = now - slots.length + 1; period <= now; period++) {
      Slot s = slots[(int) (period % slots.length)];
      RouteStats inSlot = new RouteStats();
      synchronized (s) {
        if (s.period == period) {
          for (Map.Entry<String, RouteStats> e : s.routes.entrySet()) {
            byRoute.computeIfAbsent(e.getKey(), any -> new RouteStats()).add(e.getValue());
            inSlot.add(e.getValue());
          }
          loginFailures += s.loginFailures;
          rateLimited += s.rateLimited;
        }
      }
      all.add(inSlot);
      series.add(new Point(period * slot.toMillis(), round(inSlot.requests / slotSeconds),
          percentile(inSlot.latency, 0.5), percentile(inSlot.latency, 0.99)));
    }
    double seconds = slots.length * slotSeconds;
    List<RouteFigures> routes = byRoute.entrySet().stream()
        .map(e -> figures(e.getKey(), e.getValue(), seconds))
        .sorted(Comparator.comparingLong(RouteFigures::requests).reversed().thenComparing(RouteFigures::route))
        .toList();
    RouteFigures total = figures("all", all, seconds);
    return new Snapshot((long) seconds, (long) slotSeconds, total.requests(), total.perSecond(), total.p50Ms(),
        total.p99Ms(), total.errorRate(), loginFailures, rateLimited, routes, series);
  }

  private static RouteFigures figures(String route, RouteStats stats, double seconds) {
    return new RouteFigures(route, stats.requests, round(stats.requests / seconds), percentile(stats.latency, 0.5),
        percentile(stats.latency, 0.99), stats.requests == 0 ? 0 : round((double) stats.errors / stats.requests));
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}

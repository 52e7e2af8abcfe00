package com.duskspendr.platform.outbox;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends what the outbox holds to the broker, from one thread per instance: woken right after each commit
 * that stored messages ({@link RelaySignal}), and every {@code duskspendr.outbox.sweep-interval} anyway,
 * for rows a crashed instance or a broker outage left behind. While the broker is away the rounds fail and
 * back off up to {@code duskspendr.outbox.retry-max}; the rows wait, and leave as soon as it answers.
 * Several instances relay the same table without sending a row twice (see OutboxTable's claim).
 *
 * <p>Rows leave in the order they were stored, within an instance; across instances, batches may
 * interleave. No consumer relies on order: the categorizer changes only a still-pending transaction and
 * anomaly detection reads the history itself.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
  private static final Duration FIRST_RETRY = Duration.ofMillis(250);

  @Resource ManagedThreadFactory threads;
  @EJB OutboxBatches batches;
  @EJB ProcessedMessagesCleanup cleanup;
  @Inject RelaySignal signal;

  @Inject
  @ConfigProperty(name = "duskspendr.outbox.relay.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "duskspendr.outbox.batch-size", defaultValue = "200")
  int batchSize;

  @Inject
  @ConfigProperty(name = "duskspendr.outbox.sweep-interval", defaultValue = "PT2S")
  Duration sweepInterval;

  @Inject
  @ConfigProperty(name = "duskspendr.outbox.retry-max", defaultValue = "PT5S")
  Duration retryMax;

  private final AtomicLong relayed = new AtomicLong();
  private volatile boolean running;
  private volatile Instant failingSince;
  private volatile String lastFailure;
  private Thread thread;
  private String name;

  @PostConstruct
  void start() {
    name = ManagementFactory.getRuntimeMXBean().getName();
    if (!enabled) {
      LOG.info("Outbox relay disabled on this instance (duskspendr.outbox.relay.enabled=false)");
      return;
    }
    running = true;
    thread = threads.newThread(this::run);
    thread.setName("outbox-relay");
    thread.setDaemon(true);
    thread.start();
  }

  @PreDestroy
  void stop() {
    running = false;
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Messages this instance has sent since it started. */
  public long relayed() {
    return relayed.get();
  }

  /** This instance's relay name, the {@code relayedBy} header of what it sends (the JVM's pid@host). */
  public String name() {
    return name;
  }

  /** Since when the relay's rounds fail (the broker or the database is away), or null while they succeed. */
  public Instant failingSince() {
    return failingSince;
  }

  public String lastFailure() {
    return lastFailure;
  }

  private void run() {
    int failures = 0;
    while (running) {
      try {
        if (failures == 0) {
          signal.await(sweepInterval);
        } else {
          // Commits keep waking the relay while the broker is away: wait out the back-off instead.
          Thread.sleep(backoff(failures).toMillis());
        }
        drain();
        if (failures > 0) {
          LOG.info(() -> "Outbox relay recovered; messages flow to the broker again");
        }
        failures = 0;
        failingSince = null;
        lastFailure = null;
        cleanup.runWhenDue();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        if (!running) {
          return;
        }
        if (failures++ == 0) {
          failingSince = Instant.now();
          LOG.log(Level.WARNING, "Outbox relay cannot send; the messages wait in the outbox and are retried", e);
        }
        lastFailure = rootMessage(e);
      }
    }
  }

  private void drain() {
    int sent;
    do {
      sent = batches.relayNext(batchSize, name);
      relayed.addAndGet(sent);
    } while (sent == batchSize && running);
  }

  /** 250 ms doubling up to the configured maximum. */
  Duration backoff(int failures) {
    Duration next = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 10));
    return next.compareTo(retryMax) > 0 ? retryMax : next;
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }
}

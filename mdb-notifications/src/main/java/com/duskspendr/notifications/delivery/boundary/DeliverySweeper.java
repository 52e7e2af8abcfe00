package com.duskspendr.notifications.delivery.boundary;

import com.duskspendr.notifications.delivery.control.ChannelUnavailableException;
import com.duskspendr.notifications.delivery.control.DeliveryChannel;
import com.duskspendr.notifications.delivery.control.DeliveryChannels;
import com.duskspendr.notifications.delivery.control.DeliveryException;
import com.duskspendr.notifications.delivery.control.DeliveryJob;
import com.duskspendr.notifications.delivery.control.DeliveryRounds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends due deliveries, on every instance: a timer sweeps every {@code duskspendr.notifications.sweep-interval}
 * (deliveries retried later, quiet hours that ended, another instance's leftovers), and each commit that
 * planned deliveries wakes it at once. A round claims up to a batch of due rows (leased, SKIP LOCKED: no
 * two instances take the same row), sends each lane's share in parallel (a channel's, or a push provider's: a slow
 * provider holds back only its own), records every outcome, and goes on while rounds come back full.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeliverySweeper {

  private static final Logger LOG = Logger.getLogger(DeliverySweeper.class.getName());

  @Resource TimerService timers;
  @Resource ManagedExecutorService executor;
  @EJB DeliveryRounds rounds;
  @Inject DeliveryChannels channels;

  @Inject
  @ConfigProperty(name = "duskspendr.notifications.sweep-interval", defaultValue = "PT1S")
  Duration interval;

  @Inject
  @ConfigProperty(name = "duskspendr.notifications.batch-size", defaultValue = "100")
  int batchSize;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();

  @PostConstruct
  void start() {
    long millis = Math.max(100, interval.toMillis());
    // The first sweep waits for start-up to finish: the deliveries table is created by the migrations,
    // which run in another module's start-up bean (no @DependsOn across the EAR's modules).
    timers.createIntervalTimer(Math.max(millis, 15_000), millis, new TimerConfig("notification-deliveries", false));
  }

  @Timeout
  public void onTimer() {
    sweep();
  }

  /** Called after a commit that planned deliveries (see {@link SweeperWaker}). */
  public void wake() {
    executor.execute(this::sweep);
  }

  /** One sweep at a time per instance; a wake-up during a sweep makes it go round once more. */
  public void sweep() {
    if (!running.compareAndSet(false, true)) {
      again.set(true);
      return;
    }
    try {
      do {
        again.set(false);
        while (round() >= batchSize) {
          // a full round: there may be more due right now
        }
      } while (again.get());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Delivery sweep failed; the next one tries again", e);
    } finally {
      running.set(false);
    }
  }

  private int round() {
    List<DeliveryJob> jobs = rounds.claim(batchSize);
    if (jobs.isEmpty()) {
      return 0;
    }
    Map<String, List<DeliveryJob>> byLane = new LinkedHashMap<>();
    jobs.forEach(job -> byLane.computeIfAbsent(
        channels.of(job.channel()).map(c -> c.lane(job)).orElse(job.channel()), c -> new ArrayList<>()).add(job));
    List<Future<?>> running = new ArrayList<>();
    byLane.forEach((lane, share) -> running.add(executor.submit(() -> share.forEach(this::deliver))));
    for (Future<?> f : running) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return 0;
      } catch (Exception e) {
        LOG.log(Level.WARNING, "A channel's share of a delivery round failed", e);
      }
    }
    return jobs.size();
  }

  private void deliver(DeliveryJob job) {
    Optional<DeliveryChannel> channel = channels.of(job.channel());
    if (channel.isEmpty()) {
      rounds.skipped(job.id(), "this server has no " + job.channel() + " channel");
      return;
    }
    long started = System.nanoTime();
    try {
      Integer code = channel.get().send(job);
      rounds.succeeded(job.id(), code, millisSince(started));
    } catch (ChannelUnavailableException e) {
      rounds.skipped(job.id(), e.getMessage());
    } catch (DeliveryException e) {
      LOG.fine(() -> "Delivery " + job.id() + " on " + job.channel() + " failed: " + e.getMessage());
      if (rounds.failed(job.id(), e.getMessage(), e.responseCode(), millisSince(started), e.permanent())) {
        channel.get().gaveUp(job, e.getMessage());
      }
    } catch (RuntimeException e) {
      // a timeout, an open circuit, an unexpected failure of the client: try again later
      LOG.fine(() -> "Delivery " + job.id() + " on " + job.channel() + " failed: " + e);
      String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
      if (rounds.failed(job.id(), reason, null, millisSince(started), false)) {
        channel.get().gaveUp(job, reason);
      }
    }
  }

  private static int millisSince(long started) {
    return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
  }
}

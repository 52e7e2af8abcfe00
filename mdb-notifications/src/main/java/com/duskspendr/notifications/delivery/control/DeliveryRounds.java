package com.duskspendr.notifications.delivery.control;

import com.duskspendr.notifications.delivery.entity.Delivery;
import com.duskspendr.notifications.delivery.entity.DeliveryRepository;
import com.duskspendr.notifications.inbox.entity.Notification;
import com.duskspendr.notifications.inbox.entity.NotificationData;
import com.duskspendr.notifications.inbox.entity.NotificationRepository;
import com.duskspendr.platform.persistence.Timestamps;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The transactional steps of a sweep, each in its own short transaction so that no database transaction
 * is open while a provider is called: claim due deliveries, then record each outcome.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeliveryRounds {

  @Inject DeliveryRepository deliveries;
  @Inject NotificationRepository notifications;

  @Inject
  @ConfigProperty(name = "duskspendr.notifications.retry.initial", defaultValue = "PT5S")
  Duration retryInitial;

  @Inject
  @ConfigProperty(name = "duskspendr.notifications.retry.max", defaultValue = "PT1H")
  Duration retryMax;

  @Inject
  @ConfigProperty(name = "duskspendr.notifications.retry.give-up-after", defaultValue = "PT24H")
  Duration giveUpAfter;

  /** Longer than any one send with its timeouts: a row leased to a live sweeper is never taken twice. */
  @Inject
  @ConfigProperty(name = "duskspendr.notifications.delivery.lease", defaultValue = "PT2M")
  Duration lease;

  public List<DeliveryJob> claim(int limit) {
    List<DeliveryJob> jobs = new ArrayList<>();
    for (UUID id : deliveries.claim(limit, lease)) {
      deliveries.find(id).ifPresent(d -> jobs.add(job(d)));
    }
    return jobs;
  }

  public void succeeded(UUID id, Integer responseCode, int latencyMillis) {
    deliveries.find(id).ifPresent(d -> {
      d.sent(now(), responseCode, latencyMillis);
      if (d.notificationId() == null && d.userId() == null) {
        deliveries.deleteFinishedAccountMail();
      }
    });
  }

  public void skipped(UUID id, String reason) {
    deliveries.find(id).ifPresent(d -> d.skipped(now(), reason));
  }

  /**
   * A permanent failure fails at once; a transient one is retried on the schedule until it gives up.
   *
   * @return true when the delivery is now failed for good
   */
  public boolean failed(UUID id, String error, Integer responseCode, Integer latencyMillis, boolean permanent) {
    Optional<Delivery> found = deliveries.find(id);
    if (found.isEmpty()) {
      return false;
    }
    Delivery d = found.get();
    OffsetDateTime now = now();
    Instant next = permanent ? null
        : new RetrySchedule(retryInitial, retryMax, giveUpAfter)
            .next(d.attempts(), d.createdAt().toInstant(), now.toInstant(), ThreadLocalRandom.current());
    d.failed(now, truncate(error), responseCode, latencyMillis, next == null ? null : next.atOffset(ZoneOffset.UTC));
    return next == null;
  }

  private DeliveryJob job(Delivery d) {
    DeliveryJob.Content content = null;
    if (d.notificationId() != null) {
      Optional<Notification> n = notifications.find(d.notificationId());
      if (n.isPresent()) {
        content = new DeliveryJob.Content(n.get().id(), n.get().type(), n.get().title(), n.get().body(),
            NotificationData.fromJson(n.get().data()), n.get().createdAt().toInstant());
      }
    }
    return new DeliveryJob(d.id(), d.channel(), d.userId(), d.target(), content, d.payload(), d.attempts());
  }

  private static OffsetDateTime now() {
    return Timestamps.now(Clock.systemUTC());
  }

  private static String truncate(String text) {
    return text == null || text.length() <= 500 ? text : text.substring(0, 500);
  }
}

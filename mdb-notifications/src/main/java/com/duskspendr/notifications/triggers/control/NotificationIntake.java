package com.duskspendr.notifications.triggers.control;

import com.duskspendr.notifications.delivery.control.DeliveriesPlanned;
import com.duskspendr.notifications.delivery.control.DeliveryChannel;
import com.duskspendr.notifications.delivery.control.DeliveryChannels;
import com.duskspendr.notifications.delivery.entity.DeliveryRepository;
import com.duskspendr.notifications.delivery.entity.PlannedDelivery;
import com.duskspendr.notifications.inbox.entity.Notification;
import com.duskspendr.notifications.inbox.entity.NotificationData;
import com.duskspendr.notifications.inbox.entity.NotificationRepository;
import com.duskspendr.notifications.preferences.boundary.Channel;
import com.duskspendr.notifications.preferences.boundary.NotificationSettings;
import com.duskspendr.notifications.preferences.boundary.PreferencesService;
import com.duskspendr.notifications.preferences.control.UserProfiles;
import com.duskspendr.notifications.events.NotificationCreated;
import com.duskspendr.platform.outbox.Outbox;
import com.duskspendr.platform.persistence.Timestamps;
import com.duskspendr.users.boundary.Profile;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Takes a composed alert in, in the consumer's transaction (MANDATORY): routes it by the user's settings,
 * stores the notification (insert-if-absent by its derived id: a redelivered event stops here) and plans
 * one delivery per channel and target, due at once or, for channels that disturb, when the user's quiet
 * hours end (never later for urgent ones). Sending happens after the commit, in the sweeper.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class NotificationIntake {

  private static final Logger LOG = Logger.getLogger(NotificationIntake.class.getName());

  @EJB PreferencesService preferences;
  @EJB UserProfiles profiles;
  @Inject NotificationRepository notifications;
  @Inject DeliveryRepository deliveries;
  @Inject DeliveryChannels channels;
  @Inject Event<DeliveriesPlanned> planned;
  @Inject Outbox outbox;

  /** @return the stored notification's id; empty when nothing was stored (no channel, a repeat, no such user) */
  public Optional<UUID> accept(Alert alert) {
    Optional<Profile> profile = profiles.find(alert.owner());
    if (profile.isEmpty()) {
      LOG.fine(() -> "No profile for " + alert.owner() + " any more: no notification for event " + alert.eventId());
      return Optional.empty();
    }
    NotificationSettings settings = preferences.settingsOf(alert.owner());
    Set<Channel> wanted = Routing.channels(alert.type(), settings, profile.get().preferences().notifications());
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    OffsetDateTime now = Timestamps.now(Clock.systemUTC());
    Notification notification = new Notification(alert.notificationId(), alert.owner().value(), alert.eventId(),
        alert.type().wireName(), alert.title(), alert.body(), NotificationData.toJson(alert.data()), alert.type().urgent(),
        wanted.contains(Channel.IN_APP), now);
    if (!notifications.addIfAbsent(notification)) {
      return Optional.empty();
    }
    if (notification.inApp()) {
      // to every instance's open streams, after this transaction commits (through the outbox)
      outbox.publish(NotificationCreated.EVENT, alert.owner(), new NotificationCreated(notification.id().toString(),
          alert.owner().toString(), notification.type(), notification.title(), notification.body(), alert.data(),
          notification.urgent(), now.toInstant().toString()));
    }
    Instant quietEnd = alert.type().urgent() || settings.quietHours() == null
        ? now.toInstant()
        : settings.quietHours().releaseAt(now.toInstant(), UserProfiles.zoneOf(profile.get()));
    int count = 0;
    for (Channel channel : wanted) {
      Optional<DeliveryChannel> out = channels.of(channel);
      if (out.isEmpty()) {
        continue;
      }
      OffsetDateTime due = channel.disturbs() ? quietEnd.atOffset(ZoneOffset.UTC) : now;
      for (String target : out.get().targets(alert.owner(), alert.type().wireName())) {
        if (deliveries.plan(PlannedDelivery.forEvent(alert.eventId(), notification.id(), alert.owner().value(),
            channel.wireName(), target, due))) {
          count++;
        }
      }
    }
    if (count > 0) {
      planned.fire(new DeliveriesPlanned(count));
    }
    return Optional.of(notification.id());
  }
}

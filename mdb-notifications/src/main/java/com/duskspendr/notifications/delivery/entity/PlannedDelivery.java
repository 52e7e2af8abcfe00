package com.duskspendr.notifications.delivery.entity;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A delivery to plan: for a notification, its id derives from the triggering event, the channel and the
 * target, so planning the same event twice plans nothing more.
 *
 * @param notificationId null for account mail
 * @param target what the channel sends to within the user (a device id, a webhook id); "" for the user
 */
public record PlannedDelivery(
    UUID id, UUID notificationId, UUID userId, String channel, String target, String payload, OffsetDateTime dueAt) {

  public static PlannedDelivery forEvent(
      UUID eventId, UUID notificationId, UUID userId, String channel, String target, OffsetDateTime dueAt) {
    UUID id = UUID.nameUUIDFromBytes(
        ("delivery:" + eventId + ":" + channel + ":" + target).getBytes(StandardCharsets.UTF_8));
    return new PlannedDelivery(id, notificationId, userId, channel, target, null, dueAt);
  }
}

package com.duskspendr.notifications.triggers.control;

import com.duskspendr.notifications.preferences.boundary.NotificationType;
import com.duskspendr.platform.identity.AccountId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A notification composed from one event, before the user's settings route it.
 *
 * @param eventId the triggering event's id: the notification's and every delivery's id derive from it
 * @param data facts for the inbox and the templates, all strings
 */
public record Alert(
    UUID eventId, AccountId owner, NotificationType type, String title, String body, Map<String, String> data,
    Instant occurredAt) {

  public Alert {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(type, "type");
    data = Map.copyOf(data);
  }

  /** Stable for the event and user, so a redelivery finds the first delivery's notification. */
  public UUID notificationId() {
    return UUID.nameUUIDFromBytes(("notification:" + eventId + ":" + owner).getBytes(StandardCharsets.UTF_8));
  }
}

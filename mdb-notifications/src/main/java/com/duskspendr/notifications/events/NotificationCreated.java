package com.duskspendr.notifications.events;

import com.duskspendr.platform.messaging.EventType;
import java.util.Map;

/**
 * Version 1 of {@value #TYPE}: an in-app notification was stored. Every instance takes it (a non-durable
 * subscription each) and pushes it to its user's open streams, so a connected app hears of it on
 * whichever instance it is connected to.
 *
 * @param createdAt ISO-8601 instant
 */
public record NotificationCreated(
    String notificationId, String userId, String type, String title, String body, Map<String, String> data,
    boolean urgent, String createdAt) {

  public static final String TYPE = "NotificationCreated";
  public static final int VERSION = 1;
  public static final String PUBLISHER = "notifications";
  public static final EventType EVENT = EventType.domainEvent(TYPE, VERSION, PUBLISHER);
}

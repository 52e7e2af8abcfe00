package com.duskspendr.notifications.delivery.control;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One claimed delivery with what it needs to go out.
 *
 * @param userId null for account mail
 * @param target the channel's own target (a device, a webhook; for account mail the address); "" for the user
 * @param content null for account mail, which carries its {@code payload} instead
 * @param attempt 1 for the first
 */
public record DeliveryJob(
    UUID id, String channel, UUID userId, String target, Content content, String payload, int attempt) {

  /** A notification's words and facts. */
  public record Content(
      UUID notificationId, String type, String title, String body, Map<String, String> data, Instant createdAt) {}
}

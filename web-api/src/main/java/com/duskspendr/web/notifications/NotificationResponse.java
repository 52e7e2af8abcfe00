package com.duskspendr.web.notifications;

import com.duskspendr.notifications.inbox.boundary.InboxEntry;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One inbox entry.
 *
 * @param type {@code budget}, {@code anomaly}, {@code large_transaction}, {@code security} or {@code digest}
 * @param data the facts behind it, all strings (amounts exact)
 * @param readAt null while unread
 */
public record NotificationResponse(
    UUID id, String type, String title, String body, Map<String, String> data, boolean urgent, boolean read,
    Instant createdAt, Instant readAt) {

  static NotificationResponse from(InboxEntry e) {
    return new NotificationResponse(e.id(), e.type(), e.title(), e.body(), e.data(), e.urgent(), e.readAt() != null,
        e.createdAt(), e.readAt());
  }
}

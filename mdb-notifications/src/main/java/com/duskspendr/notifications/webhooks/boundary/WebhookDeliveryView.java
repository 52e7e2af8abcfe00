package com.duskspendr.notifications.webhooks.boundary;

import java.time.Instant;
import java.util.UUID;

/**
 * One delivery to a webhook, as the log shows it.
 *
 * @param status {@code pending}, {@code sent}, {@code failed} or {@code skipped}
 * @param nextAttemptAt when a pending delivery is tried next
 */
public record WebhookDeliveryView(
    UUID id, UUID notificationId, String status, int attempts, Integer responseCode, Integer latencyMs,
    String lastError, Instant createdAt, Instant sentAt, Instant nextAttemptAt) {}

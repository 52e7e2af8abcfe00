package com.duskspendr.notifications.webhooks.boundary;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A webhook as its owner sees it (never its secret, which is shown once, at creation).
 *
 * @param events notification types: {@code budget}, {@code anomaly}, {@code large_transaction}, {@code security}, {@code digest}
 * @param disabledReason why it was disabled by the system (null when enabled, or disabled by its owner)
 */
public record WebhookView(
    UUID id, String url, List<String> events, boolean enabled, String disabledReason, Instant createdAt,
    Instant updatedAt) {}

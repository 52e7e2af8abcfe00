package com.duskspendr.web.notifications;

import com.duskspendr.notifications.webhooks.boundary.CreatedWebhook;
import com.duskspendr.notifications.webhooks.boundary.WebhookView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A webhook; {@code secret} only in the answer to its creation (the one time it is shown), absent otherwise.
 */
public record WebhookResponse(
    UUID id, String url, List<String> events, boolean enabled, String disabledReason, Instant createdAt,
    Instant updatedAt, String secret) {

  static WebhookResponse from(WebhookView w) {
    return new WebhookResponse(w.id(), w.url(), w.events(), w.enabled(), w.disabledReason(), w.createdAt(),
        w.updatedAt(), null);
  }

  static WebhookResponse from(CreatedWebhook created) {
    WebhookView w = created.webhook();
    return new WebhookResponse(w.id(), w.url(), w.events(), w.enabled(), w.disabledReason(), w.createdAt(),
        w.updatedAt(), created.secret());
  }
}

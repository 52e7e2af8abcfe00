package com.duskspendr.web.notifications;

import com.duskspendr.notifications.webhooks.boundary.WebhookRequest;
import java.util.List;

/**
 * {@code POST /webhooks} (url and events required) and {@code PATCH /webhooks/{id}} (fields left out stay).
 *
 * @param url https, resolving to a public address
 * @param events notification types: {@code budget}, {@code anomaly}, {@code large_transaction}, {@code security}, {@code digest}
 * @param enabled PATCH only: switch the webhook off or (again) on
 */
public record WebhookBody(String url, List<String> events, Boolean enabled) {

  WebhookRequest toRequest() {
    return new WebhookRequest(url, events, enabled);
  }
}

package com.duskspendr.notifications.webhooks.boundary;

import com.duskspendr.platform.identity.AccountId;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/** The caller's webhooks; another user's is always "not found". */
public interface WebhookService {

  /**
   * @throws com.duskspendr.platform.failure.InvalidInputException naming every invalid field (a URL that is
   *     not https, or resolves to a loopback, private, link-local or metadata address, among them)
   */
  CreatedWebhook create(@NotNull AccountId owner, @NotNull WebhookRequest request);

  List<WebhookView> list(@NotNull AccountId owner);

  WebhookView get(@NotNull AccountId owner, @NotNull UUID id);

  WebhookView update(@NotNull AccountId owner, @NotNull UUID id, @NotNull WebhookRequest change);

  void delete(@NotNull AccountId owner, @NotNull UUID id);

  /** The latest 100 deliveries, newest first. */
  List<WebhookDeliveryView> deliveries(@NotNull AccountId owner, @NotNull UUID id);

  /** Sends a delivery again, now, whatever its status. */
  WebhookDeliveryView redeliver(@NotNull AccountId owner, @NotNull UUID id, @NotNull UUID deliveryId);

  /** Sends a test event ({@code type: ping}) to the webhook, now. */
  WebhookDeliveryView ping(@NotNull AccountId owner, @NotNull UUID id);
}

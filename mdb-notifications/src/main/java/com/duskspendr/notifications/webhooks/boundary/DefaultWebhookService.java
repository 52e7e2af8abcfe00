package com.duskspendr.notifications.webhooks.boundary;

import com.duskspendr.notifications.delivery.control.DeliveriesPlanned;
import com.duskspendr.notifications.delivery.entity.Delivery;
import com.duskspendr.notifications.delivery.entity.DeliveryRepository;
import com.duskspendr.notifications.delivery.entity.PlannedDelivery;
import com.duskspendr.notifications.preferences.boundary.Channel;
import com.duskspendr.notifications.preferences.boundary.NotificationType;
import com.duskspendr.notifications.webhooks.control.WebhookChannel;
import com.duskspendr.notifications.webhooks.control.WebhookSettings;
import com.duskspendr.notifications.webhooks.control.WebhookSignature;
import com.duskspendr.notifications.webhooks.entity.Webhook;
import com.duskspendr.notifications.webhooks.entity.WebhookRepository;
import com.duskspendr.platform.failure.DomainException.FieldIssue;
import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.platform.failure.RecordNotFoundException;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.persistence.Timestamps;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

@Stateless
public class DefaultWebhookService implements WebhookService {

  static final int MAX_URL_LENGTH = 2048;
  static final int LOG_SIZE = 100;

  @Inject WebhookRepository webhooks;
  @Inject DeliveryRepository deliveries;
  @Inject WebhookSettings settings;
  @Inject Event<DeliveriesPlanned> planned;

  @Override
  public CreatedWebhook create(AccountId owner, WebhookRequest request) {
    List<FieldIssue> issues = new ArrayList<>();
    String url = url(request.url(), true, issues);
    List<String> events = events(request.events(), true, issues);
    if (request.enabled() != null) {
      issues.add(new FieldIssue("enabled", "a new webhook is always enabled"));
    }
    if (!issues.isEmpty()) {
      throw new InvalidInputException(issues);
    }
    if (webhooks.countOwnedBy(owner.value()) >= settings.maxPerUser()) {
      throw InvalidInputException.of("url", "at most " + settings.maxPerUser() + " webhooks per user");
    }
    String secret = WebhookSignature.newSecret();
    Webhook webhook = new Webhook(UUID.randomUUID(), owner.value(), url, events, secret, now());
    webhooks.add(webhook);
    return new CreatedWebhook(view(webhook), secret);
  }

  @Override
  public List<WebhookView> list(AccountId owner) {
    return webhooks.ownedBy(owner.value()).stream().map(DefaultWebhookService::view).toList();
  }

  @Override
  public WebhookView get(AccountId owner, UUID id) {
    return view(own(owner, id));
  }

  @Override
  public WebhookView update(AccountId owner, UUID id, WebhookRequest change) {
    List<FieldIssue> issues = new ArrayList<>();
    String url = url(change.url(), false, issues);
    List<String> events = events(change.events(), false, issues);
    if (!issues.isEmpty()) {
      throw new InvalidInputException(issues);
    }
    Webhook webhook = own(owner, id);
    webhook.change(url, events, change.enabled(), now());
    return view(webhook);
  }

  @Override
  public void delete(AccountId owner, UUID id) {
    webhooks.remove(own(owner, id));
  }

  @Override
  public List<WebhookDeliveryView> deliveries(AccountId owner, UUID id) {
    return webhooks.deliveriesOf(own(owner, id), LOG_SIZE).stream().map(DefaultWebhookService::view).toList();
  }

  @Override
  public WebhookDeliveryView redeliver(AccountId owner, UUID id, UUID deliveryId) {
    Webhook webhook = own(owner, id);
    Delivery delivery = deliveries.find(deliveryId)
        .filter(d -> Channel.WEBHOOK.wireName().equals(d.channel()) && webhook.id().toString().equals(d.target())
            && owner.value().equals(d.userId()))
        .orElseThrow(() -> new RecordNotFoundException("Delivery"));
    delivery.redeliver(now());
    planned.fire(new DeliveriesPlanned(1));
    return view(delivery);
  }

  @Override
  public WebhookDeliveryView ping(AccountId owner, UUID id) {
    Webhook webhook = own(owner, id);
    OffsetDateTime now = now();
    UUID deliveryId = UUID.randomUUID();
    deliveries.plan(new PlannedDelivery(deliveryId, null, owner.value(), Channel.WEBHOOK.wireName(),
        webhook.id().toString(), WebhookChannel.pingBody(deliveryId, now.toInstant()), now));
    planned.fire(new DeliveriesPlanned(1));
    return view(deliveries.find(deliveryId).orElseThrow());
  }

  private Webhook own(AccountId owner, UUID id) {
    return webhooks.findOwn(owner.value(), id).orElseThrow(() -> new RecordNotFoundException("Webhook"));
  }

  private String url(String url, boolean required, List<FieldIssue> issues) {
    if (url == null) {
      if (required) {
        issues.add(new FieldIssue("url", "is required"));
      }
      return null;
    }
    if (url.length() > MAX_URL_LENGTH) {
      issues.add(new FieldIssue("url", "must be at most " + MAX_URL_LENGTH + " characters"));
      return null;
    }
    settings.guard().refusal(url).ifPresent(reason -> issues.add(new FieldIssue("url", reason)));
    return url;
  }

  private static List<String> events(List<String> events, boolean required, List<FieldIssue> issues) {
    if (events == null) {
      if (required) {
        issues.add(new FieldIssue("events", "is required: a list of notification types"));
      }
      return null;
    }
    if (events.isEmpty()) {
      issues.add(new FieldIssue("events", "must name at least one notification type"));
    }
    LinkedHashSet<String> known = new LinkedHashSet<>();
    for (int i = 0; i < events.size(); i++) {
      String name = events.get(i);
      if (name == null || NotificationType.fromWire(name).isEmpty()) {
        issues.add(new FieldIssue("events[" + i + "]",
            "must be one of budget, anomaly, large_transaction, security, digest"));
      } else {
        known.add(name);
      }
    }
    return List.copyOf(known);
  }

  private static OffsetDateTime now() {
    return Timestamps.now(Clock.systemUTC());
  }

  static WebhookView view(Webhook w) {
    return new WebhookView(w.id(), w.url(), w.events(), w.enabled(), w.disabledReason(), w.createdAt().toInstant(),
        w.updatedAt().toInstant());
  }

  static WebhookDeliveryView view(Delivery d) {
    return new WebhookDeliveryView(d.id(), d.notificationId(), d.status().wireName(), d.attempts(), d.responseCode(),
        d.latencyMs(), d.lastError(), d.createdAt().toInstant(), d.sentAt() == null ? null : d.sentAt().toInstant(),
        d.nextAttemptAt() == null ? null : d.nextAttemptAt().toInstant());
  }
}

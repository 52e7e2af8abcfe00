package com.duskspendr.notifications.triggers.control;

import com.duskspendr.auth.events.SecurityEventOccurred;
import com.duskspendr.ml.events.AnomalyDetected;
import com.duskspendr.notifications.preferences.boundary.NotificationType;
import com.duskspendr.platform.messaging.EventEnvelope;
import com.duskspendr.transactions.events.BudgetThresholdCrossed;
import com.duskspendr.transactions.events.TransactionRecorded;
import com.duskspendr.platform.identity.AccountId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns events into alerts: the words the user reads. Plain functions, tested without a container. */
public final class AlertComposer {

  private AlertComposer() {}

  public static Alert budgetCrossed(EventEnvelope envelope, BudgetThresholdCrossed event) {
    boolean over = event.threshold() >= 100;
    String title = over
        ? "Budget used up: " + category(event.categoryId())
        : event.threshold() + "% of your " + category(event.categoryId()) + " budget used";
    String body = "You have spent " + event.spent() + " " + event.currency() + " of " + event.limit() + " "
        + event.currency() + " on " + category(event.categoryId()) + " between " + event.periodStart() + " and "
        + event.periodEnd() + ".";
    Map<String, String> data = new LinkedHashMap<>();
    data.put("budgetId", event.budgetId().toString());
    data.put("categoryId", event.categoryId());
    data.put("threshold", String.valueOf(event.threshold()));
    data.put("spent", event.spent());
    data.put("limit", event.limit());
    data.put("currency", event.currency());
    data.put("periodStart", event.periodStart().toString());
    data.put("periodEnd", event.periodEnd().toString());
    return new Alert(envelope.eventId(), envelope.owner(), NotificationType.BUDGET, title, body, data,
        envelope.occurredAt());
  }

  public static Alert anomaly(EventEnvelope envelope, AnomalyDetected event) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("transactionId", event.transactionId());
    data.put("kind", event.kind());
    data.put("severity", event.severity());
    if (event.currency() != null) {
      data.put("currency", event.currency());
    }
    if (event.facts() != null) {
      event.facts().forEach((k, v) -> data.putIfAbsent("fact." + k, String.valueOf(v)));
    }
    return new Alert(envelope.eventId(), envelope.owner(), NotificationType.ANOMALY,
        event.title() == null ? "Unusual transaction" : event.title(),
        event.message() == null ? "A transaction looks unusual." : event.message(), data, envelope.occurredAt());
  }

  public static Alert largeTransaction(EventEnvelope envelope, TransactionRecorded event) {
    String amount = event.amount().startsWith("-") ? event.amount().substring(1) : event.amount();
    String where = event.merchantName() == null || event.merchantName().isBlank() ? "" : " at " + event.merchantName();
    Map<String, String> data = new LinkedHashMap<>();
    data.put("transactionId", event.transactionId());
    data.put("amount", event.amount());
    data.put("currency", event.currency());
    data.put("date", event.date());
    if (event.merchantName() != null) {
      data.put("merchantName", event.merchantName());
    }
    return new Alert(envelope.eventId(), envelope.owner(), NotificationType.LARGE_TRANSACTION,
        "Large payment: " + amount + " " + event.currency(),
        "A payment of " + amount + " " + event.currency() + where + " on " + event.date() + " was recorded.",
        data, envelope.occurredAt());
  }

  /** Security events: urgent, so they ignore quiet hours, and by default mailed too. */
  public static Alert security(EventEnvelope envelope, SecurityEventOccurred event) {
    String device = event.deviceName() == null || event.deviceName().isBlank() ? "an unnamed device" : event.deviceName();
    Map<String, String> data = new LinkedHashMap<>();
    data.put("kind", event.kind());
    data.put("sessionId", event.sessionId());
    data.put("deviceName", device);
    String title;
    String body;
    if (SecurityEventOccurred.SESSION_REVOKED.equals(event.kind())) {
      title = "A device was signed out";
      body = "The session on " + device + " was closed. If this was not you, change your password.";
    } else {
      title = "New sign-in on " + device;
      body = "Your account was signed in to on " + device + ". If this was not you, close that session and change"
          + " your password.";
    }
    return new Alert(envelope.eventId(), envelope.owner(), NotificationType.SECURITY, title, body, data,
        envelope.occurredAt());
  }

  /**
   * The system disabled one of the user's webhooks (410 Gone, or a delivery that failed for good): a
   * security notification, so that it reaches the owner by mail too, since their integration stopped
   * hearing from us. Its event id derives from the webhook and the moment, so telling twice tells once.
   */
  public static Alert webhookDisabled(AccountId owner, UUID webhookId, String url, String reason, Instant at) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("kind", "webhook_disabled");
    data.put("webhookId", webhookId.toString());
    data.put("url", url);
    data.put("reason", reason);
    UUID eventId = UUID.nameUUIDFromBytes(("webhook-disabled:" + webhookId + ":" + at).getBytes(StandardCharsets.UTF_8));
    return new Alert(eventId, owner, NotificationType.SECURITY, "A webhook was disabled",
        "We stopped sending to " + url + " (" + reason + "). Turn it back on with PATCH /webhooks/" + webhookId
            + " {\"enabled\": true} once it answers again.", data, at);
  }

  /** {@code food_and_drink.groceries} reads as "food and drink / groceries". */
  public static String category(String categoryId) {
    if (categoryId == null) {
      return "uncategorized";
    }
    return categoryId.replace('_', ' ').replace(".", " / ");
  }
}

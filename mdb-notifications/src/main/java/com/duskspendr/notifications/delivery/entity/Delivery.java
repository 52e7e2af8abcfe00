package com.duskspendr.notifications.delivery.entity;

import com.duskspendr.platform.persistence.UuidColumnConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One delivery on one channel; see V1__notifications.sql. Planned with native SQL (insert-if-absent). */
@Entity
@Table(schema = "notifications", name = "delivery")
@NamedQuery(name = Delivery.FIND_BY_NOTIFICATION,
    query = "SELECT d FROM Delivery d WHERE d.notificationId = :notification ORDER BY d.channel, d.target")
public class Delivery {

  public static final String FIND_BY_NOTIFICATION = "Delivery.findByNotification";

  @Id
  @Convert(converter = UuidColumnConverter.class)
  private UUID id;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "notification_id")
  private UUID notificationId;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "user_id")
  private UUID userId;

  @Column(nullable = false)
  private String channel;

  private String target;

  /** What to send when there is no notification behind it (account mail, a webhook ping). */
  private String payload;

  @Column(nullable = false)
  private String status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at")
  private OffsetDateTime nextAttemptAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "response_code")
  private Integer responseCode;

  @Column(name = "latency_ms")
  private Integer latencyMs;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "sent_at")
  private OffsetDateTime sentAt;

  protected Delivery() {}

  public UUID id() { return id; }
  public UUID notificationId() { return notificationId; }
  public UUID userId() { return userId; }
  public String channel() { return channel; }
  public String target() { return target; }
  public String payload() { return payload; }
  public DeliveryStatus status() { return DeliveryStatus.fromWire(status); }
  public int attempts() { return attempts; }
  public OffsetDateTime nextAttemptAt() { return nextAttemptAt; }
  public String lastError() { return lastError; }
  public Integer responseCode() { return responseCode; }
  public Integer latencyMs() { return latencyMs; }
  public OffsetDateTime createdAt() { return createdAt; }
  public OffsetDateTime sentAt() { return sentAt; }

  public void sent(OffsetDateTime at, Integer responseCode, int latencyMs) {
    this.status = DeliveryStatus.SENT.wireName();
    this.sentAt = at;
    this.updatedAt = at;
    this.nextAttemptAt = null;
    this.responseCode = responseCode;
    this.latencyMs = latencyMs;
    this.lastError = null;
    eraseAccountMail();
  }

  /** Another attempt at {@code next}, or (next null) failed for good. */
  public void failed(OffsetDateTime at, String error, Integer responseCode, Integer latencyMs, OffsetDateTime next) {
    this.status = (next == null ? DeliveryStatus.FAILED : DeliveryStatus.PENDING).wireName();
    this.updatedAt = at;
    this.nextAttemptAt = next;
    this.lastError = error;
    this.responseCode = responseCode;
    this.latencyMs = latencyMs;
    if (next == null) {
      eraseAccountMail();
    }
  }

  /** Sent again from now on, as if planned now (its 24 hours of retries start afresh). */
  public void redeliver(OffsetDateTime now) {
    this.status = DeliveryStatus.PENDING.wireName();
    this.attempts = 0;
    this.createdAt = now;
    this.updatedAt = now;
    this.nextAttemptAt = now;
    this.lastError = null;
  }

  public void skipped(OffsetDateTime at, String reason) {
    this.status = DeliveryStatus.SKIPPED.wireName();
    this.updatedAt = at;
    this.nextAttemptAt = null;
    this.lastError = reason;
    eraseAccountMail();
  }

  /** An account mail's payload holds a credential (the verification link): kept only until it is settled. */
  private void eraseAccountMail() {
    if (userId == null) {
      this.payload = null;
    }
  }
}

package com.duskspendr.notifications.inbox.entity;

import com.duskspendr.platform.persistence.UuidColumnConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One notification of one user. Inserted with native SQL (insert-if-absent by its derived id, see
 * NotificationRepository#addIfAbsent); read and changed through JPA.
 */
@Entity
@Table(schema = "notifications", name = "notification")
@NamedQuery(name = Notification.COUNT_UNREAD,
    query = "SELECT COUNT(n) FROM Notification n WHERE n.userId = :user AND n.inApp = TRUE AND n.readAt IS NULL")
public class Notification {

  public static final String COUNT_UNREAD = "Notification.countUnread";

  @Id
  @Convert(converter = UuidColumnConverter.class)
  private UUID id;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "user_id", nullable = false)
  private UUID userId;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "event_id", nullable = false)
  private UUID eventId;

  @Column(nullable = false)
  private String type;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String body;

  /** JSON object of strings: the facts behind the notification (amounts as exact decimal strings). */
  @Column(nullable = false)
  private String data;

  @Column(nullable = false)
  private boolean urgent;

  @Column(name = "in_app", nullable = false)
  private boolean inApp;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "read_at")
  private OffsetDateTime readAt;

  protected Notification() {}

  public Notification(
      UUID id, UUID userId, UUID eventId, String type, String title, String body, String data, boolean urgent,
      boolean inApp, OffsetDateTime createdAt) {
    this.id = id;
    this.userId = userId;
    this.eventId = eventId;
    this.type = type;
    this.title = title;
    this.body = body;
    this.data = data;
    this.urgent = urgent;
    this.inApp = inApp;
    this.createdAt = createdAt;
  }

  public UUID id() { return id; }
  public UUID userId() { return userId; }
  public UUID eventId() { return eventId; }
  public String type() { return type; }
  public String title() { return title; }
  public String body() { return body; }
  public String data() { return data; }
  public boolean urgent() { return urgent; }
  public boolean inApp() { return inApp; }
  public OffsetDateTime createdAt() { return createdAt; }
  public OffsetDateTime readAt() { return readAt; }

  public void markRead(OffsetDateTime at) {
    if (readAt == null) {
      readAt = at;
    }
  }
}

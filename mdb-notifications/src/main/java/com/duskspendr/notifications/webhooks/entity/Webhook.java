package com.duskspendr.notifications.webhooks.entity;

import com.duskspendr.platform.persistence.UuidColumnConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** One webhook subscription; {@code events} are notification type wire names, comma-separated. */
@Entity
@Table(schema = "notifications", name = "webhook")
@NamedQuery(name = Webhook.FIND_BY_OWNER,
    query = "SELECT w FROM Webhook w WHERE w.userId = :owner ORDER BY w.createdAt, w.id")
public class Webhook {

  public static final String FIND_BY_OWNER = "Webhook.findByOwner";

  @Id
  @Convert(converter = UuidColumnConverter.class)
  private UUID id;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "user_id", nullable = false)
  private UUID userId;

  @Column(nullable = false)
  private String url;

  @Column(nullable = false)
  private String events;

  @Column(nullable = false)
  private String secret;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "disabled_reason")
  private String disabledReason;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected Webhook() {}

  public Webhook(UUID id, UUID userId, String url, List<String> events, String secret, OffsetDateTime now) {
    this.id = id;
    this.userId = userId;
    this.url = url;
    this.events = String.join(",", events);
    this.secret = secret;
    this.enabled = true;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public UUID id() { return id; }
  public UUID userId() { return userId; }
  public String url() { return url; }
  public String secret() { return secret; }
  public boolean enabled() { return enabled; }
  public String disabledReason() { return disabledReason; }
  public OffsetDateTime createdAt() { return createdAt; }
  public OffsetDateTime updatedAt() { return updatedAt; }

  public List<String> events() {
    return events.isEmpty() ? List.of() : Arrays.asList(events.split(","));
  }

  public boolean subscribesTo(String type) {
    return enabled && events().contains(type);
  }

  public void change(String url, List<String> events, Boolean enabled, OffsetDateTime now) {
    if (url != null) {
      this.url = url;
    }
    if (events != null) {
      this.events = String.join(",", events);
    }
    if (enabled != null) {
      this.enabled = enabled;
      if (enabled) {
        this.disabledReason = null;
      }
    }
    this.updatedAt = now;
  }

  public void disable(String reason, OffsetDateTime now) {
    this.enabled = false;
    this.disabledReason = reason;
    this.updatedAt = now;
  }
}

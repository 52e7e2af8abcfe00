package com.duskspendr.auth.entity;

import com.duskspendr.platform.persistence.UuidColumnConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One signed-in device: the family of refresh tokens issued since a login. Refers to its account by id
 * only; the database deletes sessions with their account (ON DELETE CASCADE).
 */
@Entity
@Table(schema = "auth", name = "device_session")
@NamedQuery(
    name = Session.FIND_ACTIVE_BY_ACCOUNT,
    query =
        "SELECT s FROM Session s WHERE s.accountId = :accountId AND s.revokedAt IS NULL AND s.expiresAt > :now"
            + " ORDER BY s.lastUsedAt DESC")
@NamedQuery(
    name = Session.COUNT_OPEN,
    query = "SELECT COUNT(s) FROM Session s WHERE s.id = :id AND s.revokedAt IS NULL AND s.expiresAt > :now")
@NamedQuery(
    name = Session.REVOKE,
    query = "UPDATE Session s SET s.revokedAt = :now WHERE s.id = :id AND s.revokedAt IS NULL")
public class Session {

  public static final String FIND_ACTIVE_BY_ACCOUNT = "Session.findActiveByAccount";
  public static final String REVOKE = "Session.revoke";
  public static final String COUNT_OPEN = "Session.countOpen";
  public static final int DEVICE_NAME_MAX_LENGTH = 200;

  @Id
  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "account_id", nullable = false, updatable = false)
  private UUID accountId;

  @Column(name = "device_name", length = DEVICE_NAME_MAX_LENGTH)
  private String deviceName;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "last_used_at", nullable = false)
  private OffsetDateTime lastUsedAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  /** For JPA only. */
  protected Session() {}

  public Session(UUID id, UUID accountId, String deviceName, OffsetDateTime now, OffsetDateTime expiresAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.accountId = Objects.requireNonNull(accountId, "accountId");
    this.deviceName = fit(deviceName);
    this.createdAt = Objects.requireNonNull(now, "now");
    this.lastUsedAt = now;
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** Records a refresh: the session slides forward, and a newly given device name replaces the old one. */
  public void refreshed(String deviceName, OffsetDateTime now, OffsetDateTime expiresAt) {
    if (deviceName != null && !deviceName.isBlank()) {
      this.deviceName = fit(deviceName);
    }
    this.lastUsedAt = now;
    this.expiresAt = expiresAt;
  }

  public void revoke(OffsetDateTime now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public boolean isActiveAt(OffsetDateTime now) {
    return revokedAt == null && expiresAt.isAfter(now);
  }

  // The name comes from a request header: keep what the column holds rather than fail the login.
  private static String fit(String deviceName) {
    if (deviceName == null || deviceName.isBlank()) {
      return null;
    }
    String trimmed = deviceName.strip();
    return trimmed.length() <= DEVICE_NAME_MAX_LENGTH ? trimmed : trimmed.substring(0, DEVICE_NAME_MAX_LENGTH);
  }

  public UUID id() {
    return id;
  }

  public UUID accountId() {
    return accountId;
  }

  public String deviceName() {
    return deviceName;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime lastUsedAt() {
    return lastUsedAt;
  }

  public OffsetDateTime expiresAt() {
    return expiresAt;
  }

  public OffsetDateTime revokedAt() {
    return revokedAt;
  }
}

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
    name = Session.FIND_GRANTS_BY_ACCOUNT,
    query =
        "SELECT s FROM Session s WHERE s.accountId = :accountId AND s.grantType = :grantType"
            + " AND s.revokedAt IS NULL AND s.expiresAt > :now ORDER BY s.createdAt DESC")
@NamedQuery(
    name = Session.FIND_OPEN_BY_CLIENT,
    query = "SELECT s.id FROM Session s WHERE s.clientId = :clientId AND s.revokedAt IS NULL AND s.expiresAt > :now")
@NamedQuery(
    name = Session.REVOKE_BY_CLIENT,
    query = "UPDATE Session s SET s.revokedAt = :now WHERE s.clientId = :clientId AND s.revokedAt IS NULL")
@NamedQuery(
    name = Session.REVOKE,
    query = "UPDATE Session s SET s.revokedAt = :now WHERE s.id = :id AND s.revokedAt IS NULL")
public class Session {

  public static final String FIND_ACTIVE_BY_ACCOUNT = "Session.findActiveByAccount";
  public static final String REVOKE = "Session.revoke";
  public static final String COUNT_OPEN = "Session.countOpen";
  public static final String FIND_GRANTS_BY_ACCOUNT = "Session.findGrantsByAccount";
  public static final String FIND_OPEN_BY_CLIENT = "Session.findOpenByClient";
  public static final String REVOKE_BY_CLIENT = "Session.revokeByClient";
  /** {@link #grantType()} of a user's grant to an OAuth client. */
  public static final String AUTHORIZATION_CODE = "authorization_code";
  /** {@link #grantType()} of a client acting for itself: the row's account is the client's owner. */
  public static final String CLIENT_CREDENTIALS = "client_credentials";
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

  /** The OAuth client of a grant; null for a first-party (mobile) session, which has full access. */
  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "client_id", updatable = false)
  private UUID clientId;

  /** The space-separated scope a grant allows; null for a first-party session. */
  @Column(name = "scope", updatable = false)
  private String scope;

  @Column(name = "grant_type", updatable = false)
  private String grantType;

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

  /** A grant to an OAuth client: its tokens carry {@code azp} and {@code scope} and allow no more than that. */
  public static Session grant(
      UUID id, UUID accountId, UUID clientId, String grantType, String scope, OffsetDateTime now, OffsetDateTime expiresAt) {
    Session session = new Session(id, accountId, null, now, expiresAt);
    session.clientId = Objects.requireNonNull(clientId, "clientId");
    session.grantType = Objects.requireNonNull(grantType, "grantType");
    session.scope = Objects.requireNonNull(scope, "scope");
    return session;
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

  public boolean isFirstParty() {
    return clientId == null;
  }

  public UUID clientId() {
    return clientId;
  }

  public String scope() {
    return scope;
  }

  public String grantType() {
    return grantType;
  }
}

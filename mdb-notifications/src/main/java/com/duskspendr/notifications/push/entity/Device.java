package com.duskspendr.notifications.push.entity;

import com.duskspendr.platform.persistence.UuidColumnConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One push device of one user; see V3__push_devices_and_phone.sql. */
@Entity
@Table(schema = "notifications", name = "device")
@NamedQuery(name = Device.FIND_BY_OWNER,
    query = "SELECT d FROM Device d WHERE d.userId = :owner ORDER BY d.createdAt, d.id")
@NamedQuery(name = Device.FIND_BY_TOKEN,
    query = "SELECT d FROM Device d WHERE d.userId = :owner AND d.platform = :platform AND d.token = :token")
public class Device {

  public static final String FIND_BY_OWNER = "Device.findByOwner";
  public static final String FIND_BY_TOKEN = "Device.findByToken";

  @Id
  @Convert(converter = UuidColumnConverter.class)
  private UUID id;

  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "user_id", nullable = false)
  private UUID userId;

  @Column(nullable = false)
  private String platform;

  /** The FCM or APNs token, or the Web Push endpoint. */
  @Column(nullable = false)
  private String token;

  private String p256dh;

  private String auth;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected Device() {}

  public Device(UUID id, UUID userId, String platform, String token, String p256dh, String auth, OffsetDateTime now) {
    this.id = id;
    this.userId = userId;
    this.platform = platform;
    this.token = token;
    this.p256dh = p256dh;
    this.auth = auth;
    this.createdAt = now;
  }

  public UUID id() { return id; }
  public UUID userId() { return userId; }
  public String platform() { return platform; }
  public String token() { return token; }
  public String p256dh() { return p256dh; }
  public String auth() { return auth; }
  public OffsetDateTime createdAt() { return createdAt; }

  /** A browser may renew a subscription's keys under the same endpoint. */
  public void keys(String p256dh, String auth) {
    this.p256dh = p256dh;
    this.auth = auth;
  }
}

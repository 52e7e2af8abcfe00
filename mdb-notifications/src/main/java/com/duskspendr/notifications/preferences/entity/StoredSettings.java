package com.duskspendr.notifications.preferences.entity;

import com.duskspendr.platform.persistence.UuidColumnConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One user's settings as stored; the channel map is JSON ({@code PreferenceCodec}). */
@Entity
@Table(schema = "notifications", name = "preference")
public class StoredSettings {

  @Id
  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "user_id")
  private UUID userId;

  @Column(name = "channels", nullable = false)
  private String channels;

  @Column(name = "quiet_start")
  private LocalTime quietStart;

  @Column(name = "quiet_end")
  private LocalTime quietEnd;

  @Column(name = "large_amount")
  private BigDecimal largeAmount;

  @Column(name = "large_currency")
  private String largeCurrency;

  @Column(name = "digest", nullable = false)
  private boolean digest;

  @Column(name = "phone_number")
  private String phoneNumber;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected StoredSettings() {}

  public StoredSettings(UUID userId) {
    this.userId = userId;
  }

  public void set(
      String channels, LocalTime quietStart, LocalTime quietEnd, BigDecimal largeAmount, String largeCurrency,
      boolean digest, String phoneNumber, OffsetDateTime updatedAt) {
    this.phoneNumber = phoneNumber;
    this.channels = channels;
    this.quietStart = quietStart;
    this.quietEnd = quietEnd;
    this.largeAmount = largeAmount;
    this.largeCurrency = largeCurrency;
    this.digest = digest;
    this.updatedAt = updatedAt;
  }

  public UUID userId() { return userId; }
  public String channels() { return channels; }
  public LocalTime quietStart() { return quietStart; }
  public LocalTime quietEnd() { return quietEnd; }
  public BigDecimal largeAmount() { return largeAmount; }
  public String largeCurrency() { return largeCurrency; }
  public boolean digest() { return digest; }
  public String phoneNumber() { return phoneNumber; }
}

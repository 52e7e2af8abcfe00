package com.duskspendr.users.entity;

import com.duskspendr.platform.persistence.UuidColumnConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * The profile of one account, keyed by the account id that auth assigned. The email is this context's own
 * copy, taken from the registration event, so that users never reads the auth tables.
 *
 * <p>Values reaching the mutators are already validated and normalized (see the control package); the
 * entity only guards against nulls where the schema forbids them.
 */
@Entity
@Table(schema = "users", name = "user_profile")
public class UserProfile {

  @Id
  @Convert(converter = UuidColumnConverter.class)
  @Column(name = "account_id", nullable = false, updatable = false)
  private UUID accountId;

  @Column(name = "email", nullable = false, length = 320)
  private String email;

  @Column(name = "display_name", nullable = false, length = 100)
  private String displayName;

  @Column(name = "avatar_url", length = 2048)
  private String avatarUrl;

  @Column(name = "currency", nullable = false, length = 3)
  private String currency;

  @Column(name = "locale", nullable = false, length = 35)
  private String locale;

  @Column(name = "timezone", nullable = false, length = 64)
  private String timezone;

  @Enumerated(EnumType.STRING)
  @Column(name = "week_starts_on", nullable = false, length = 9)
  private DayOfWeek weekStartsOn;

  @Column(name = "notify_push", nullable = false)
  private boolean notifyPush;

  @Column(name = "notify_email", nullable = false)
  private boolean notifyEmail;

  @Column(name = "notify_sms", nullable = false)
  private boolean notifySms;

  @Column(name = "budget_alerts", nullable = false)
  private boolean budgetAlerts;

  @Column(name = "anomaly_alerts", nullable = false)
  private boolean anomalyAlerts;

  @Column(name = "weekly_summary", nullable = false)
  private boolean weeklySummary;

  // OffsetDateTime rather than Instant: EclipseLink 4 has no Instant mapping and would store it as bytea.
  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  /** For JPA only. */
  protected UserProfile() {}

  /** A new profile with the given identity; every preference must be set before it is persisted. */
  public UserProfile(UUID accountId, String email, String displayName) {
    this.accountId = Objects.requireNonNull(accountId, "accountId");
    this.email = Objects.requireNonNull(email, "email");
    rename(displayName);
  }

  @PrePersist
  void stampCreation() {
    createdAt = now();
    updatedAt = createdAt;
  }

  @PreUpdate
  void stampUpdate() {
    updatedAt = now();
  }

  // PostgreSQL keeps microseconds; truncating keeps the in-memory value equal to the stored one.
  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  public void rename(String displayName) {
    this.displayName = Objects.requireNonNull(displayName, "displayName");
  }

  /** @param avatarUrl null removes the avatar */
  public void changeAvatar(String avatarUrl) {
    this.avatarUrl = avatarUrl;
  }

  public void changeCurrency(String currency) {
    this.currency = Objects.requireNonNull(currency, "currency");
  }

  public void changeLocale(String locale) {
    this.locale = Objects.requireNonNull(locale, "locale");
  }

  public void changeTimezone(String timezone) {
    this.timezone = Objects.requireNonNull(timezone, "timezone");
  }

  public void changeWeekStartsOn(DayOfWeek weekStartsOn) {
    this.weekStartsOn = Objects.requireNonNull(weekStartsOn, "weekStartsOn");
  }

  public void notifyByPush(boolean enabled) {
    this.notifyPush = enabled;
  }

  public void notifyByEmail(boolean enabled) {
    this.notifyEmail = enabled;
  }

  public void notifyBySms(boolean enabled) {
    this.notifySms = enabled;
  }

  public void sendBudgetAlerts(boolean enabled) {
    this.budgetAlerts = enabled;
  }

  public void sendAnomalyAlerts(boolean enabled) {
    this.anomalyAlerts = enabled;
  }

  public void sendWeeklySummary(boolean enabled) {
    this.weeklySummary = enabled;
  }

  public UUID accountId() {
    return accountId;
  }

  public String email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }

  public String avatarUrl() {
    return avatarUrl;
  }

  public String currency() {
    return currency;
  }

  public String locale() {
    return locale;
  }

  public String timezone() {
    return timezone;
  }

  public DayOfWeek weekStartsOn() {
    return weekStartsOn;
  }

  public boolean notifyPush() {
    return notifyPush;
  }

  public boolean notifyEmail() {
    return notifyEmail;
  }

  public boolean notifySms() {
    return notifySms;
  }

  public boolean budgetAlerts() {
    return budgetAlerts;
  }

  public boolean anomalyAlerts() {
    return anomalyAlerts;
  }

  public boolean weeklySummary() {
    return weeklySummary;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}

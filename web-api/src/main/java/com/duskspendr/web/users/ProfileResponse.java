package com.duskspendr.web.users;

import com.duskspendr.users.boundary.NotificationPreferences;
import com.duskspendr.users.boundary.Preferences;
import com.duskspendr.users.boundary.Profile;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;

/** The caller's profile. Unset values are written as {@code null}, so clients always see every field. */
@JsonbNillable
@JsonbPropertyOrder({"id", "email", "displayName", "avatarUrl", "preferences", "createdAt"})
public record ProfileResponse(
    String id,
    String email,
    String displayName,
    String avatarUrl,
    PreferencesResponse preferences,
    OffsetDateTime createdAt) {

  @JsonbNillable
  @JsonbPropertyOrder({"currency", "locale", "timezone", "weekStartsOn", "notifications"})
  public record PreferencesResponse(
      String currency, String locale, String timezone, DayOfWeek weekStartsOn, NotificationsResponse notifications) {}

  @JsonbPropertyOrder({"push", "email", "sms", "budgetAlerts", "anomalyAlerts", "weeklySummary"})
  public record NotificationsResponse(
      boolean push, boolean email, boolean sms, boolean budgetAlerts, boolean anomalyAlerts, boolean weeklySummary) {}

  static ProfileResponse from(Profile profile) {
    return new ProfileResponse(
        profile.id().toString(),
        profile.email(),
        profile.displayName(),
        profile.avatarUrl(),
        from(profile.preferences()),
        profile.createdAt());
  }

  private static PreferencesResponse from(Preferences preferences) {
    if (preferences == null) {
      return null;
    }
    NotificationPreferences n = preferences.notifications();
    return new PreferencesResponse(
        preferences.currency(),
        preferences.locale(),
        preferences.timezone(),
        preferences.weekStartsOn(),
        n == null ? null : new NotificationsResponse(
            n.push(), n.email(), n.sms(), n.budgetAlerts(), n.anomalyAlerts(), n.weeklySummary()));
  }
}

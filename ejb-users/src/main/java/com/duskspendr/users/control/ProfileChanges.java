package com.duskspendr.users.control;

import com.duskspendr.users.boundary.NotificationPreferencesPatch;
import com.duskspendr.users.entity.UserProfile;
import java.time.DayOfWeek;
import java.util.function.Consumer;

/**
 * A validated and normalized profile patch, produced only by {@link PreferencesValidator}. A null field
 * leaves the profile's value as it is; {@code removeAvatar} says that the avatar is to be removed, since
 * a null avatarUrl cannot say so.
 */
public record ProfileChanges(
    String displayName,
    String avatarUrl,
    boolean removeAvatar,
    String currency,
    String locale,
    String timezone,
    DayOfWeek weekStartsOn,
    NotificationPreferencesPatch notifications) {

  /** Writes the present fields into the profile and leaves the others untouched. */
  public void applyTo(UserProfile profile) {
    ifPresent(displayName, profile::rename);
    if (removeAvatar) {
      profile.changeAvatar(null);
    } else {
      ifPresent(avatarUrl, profile::changeAvatar);
    }
    ifPresent(currency, profile::changeCurrency);
    ifPresent(locale, profile::changeLocale);
    ifPresent(timezone, profile::changeTimezone);
    ifPresent(weekStartsOn, profile::changeWeekStartsOn);
    if (notifications != null) {
      ifPresent(notifications.push(), profile::notifyByPush);
      ifPresent(notifications.email(), profile::notifyByEmail);
      ifPresent(notifications.sms(), profile::notifyBySms);
      ifPresent(notifications.budgetAlerts(), profile::sendBudgetAlerts);
      ifPresent(notifications.anomalyAlerts(), profile::sendAnomalyAlerts);
      ifPresent(notifications.weeklySummary(), profile::sendWeeklySummary);
    }
  }

  private static <T> void ifPresent(T value, Consumer<T> change) {
    if (value != null) {
      change.accept(value);
    }
  }
}

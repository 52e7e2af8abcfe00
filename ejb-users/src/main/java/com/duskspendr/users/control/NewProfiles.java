package com.duskspendr.users.control;

import com.duskspendr.users.entity.UserProfile;
import java.util.Objects;
import java.util.UUID;

/** Builds the profile of a newly registered account, with the defaults of {@link ProfileDefaults}. */
public final class NewProfiles {

  private NewProfiles() {}

  /**
   * @param displayName as chosen at registration; null or blank falls back to the local part of the email
   */
  public static UserProfile create(UUID accountId, String email, String displayName) {
    Objects.requireNonNull(email, "email");
    var profile = new UserProfile(accountId, email, displayNameFor(displayName, email));
    profile.changeCurrency(ProfileDefaults.CURRENCY);
    profile.changeLocale(ProfileDefaults.LOCALE);
    profile.changeTimezone(ProfileDefaults.TIMEZONE);
    profile.changeWeekStartsOn(ProfileDefaults.WEEK_STARTS_ON);
    var notifications = ProfileDefaults.NOTIFICATIONS;
    profile.notifyByPush(notifications.push());
    profile.notifyByEmail(notifications.email());
    profile.notifyBySms(notifications.sms());
    profile.sendBudgetAlerts(notifications.budgetAlerts());
    profile.sendAnomalyAlerts(notifications.anomalyAlerts());
    profile.sendWeeklySummary(notifications.weeklySummary());
    return profile;
  }

  /**
   * Registration input is auth's to validate, and a profile rule must not make a registration fail; so
   * the name is cleaned to fit the profile rules instead of being rejected.
   */
  static String displayNameFor(String displayName, String email) {
    String chosen = displayName == null ? "" : clean(displayName);
    if (!chosen.isEmpty()) {
      return chosen;
    }
    int at = email.lastIndexOf('@');
    String localPart = clean(at > 0 ? email.substring(0, at) : email);
    return localPart.isEmpty() ? clean(email) : localPart;
  }

  private static String clean(String text) {
    StringBuilder kept = new StringBuilder();
    text.strip()
        .codePoints()
        .filter(codePoint -> !FieldRules.isForbiddenInText(codePoint))
        .limit(FieldRules.DISPLAY_NAME_MAX)
        .forEach(kept::appendCodePoint);
    return kept.toString().strip();
  }
}

package com.duskspendr.notifications.triggers.control;

import com.duskspendr.notifications.preferences.boundary.Channel;
import com.duskspendr.notifications.preferences.boundary.NotificationSettings;
import com.duskspendr.notifications.preferences.boundary.NotificationType;
import com.duskspendr.users.boundary.NotificationPreferences;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which channels one notification goes to: the type's channels in the notification settings, within the
 * profile's switches ({@code PATCH /users/me}: push, email and SMS on or off, budget and anomaly alerts and
 * the weekly summary on or off). Either place can turn something off; both must leave it on. Security
 * notifications ignore the profile's type switches: there is none for them, and they must not be lost.
 */
public final class Routing {

  private Routing() {}

  public static Set<Channel> channels(NotificationType type, NotificationSettings settings, NotificationPreferences profile) {
    Set<Channel> chosen = settings.channelsOf(type);
    if (chosen.isEmpty() || !typeOn(type, profile)) {
      return Set.of();
    }
    Set<Channel> result = EnumSet.copyOf(chosen);
    if (profile != null) {
      if (!profile.push()) {
        result.remove(Channel.PUSH);
      }
      if (!profile.email()) {
        result.remove(Channel.EMAIL);
      }
      if (!profile.sms()) {
        result.remove(Channel.SMS);
      }
    }
    return result;
  }

  private static boolean typeOn(NotificationType type, NotificationPreferences profile) {
    if (profile == null) {
      return true;
    }
    return switch (type) {
      case BUDGET -> profile.budgetAlerts();
      case ANOMALY, LARGE_TRANSACTION -> profile.anomalyAlerts();
      case DIGEST -> profile.weeklySummary();
      case SECURITY -> true;
    };
  }
}

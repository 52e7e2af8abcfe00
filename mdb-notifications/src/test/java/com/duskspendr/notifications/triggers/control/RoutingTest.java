package com.duskspendr.notifications.triggers.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.duskspendr.notifications.preferences.boundary.Channel;
import com.duskspendr.notifications.preferences.boundary.NotificationSettings;
import com.duskspendr.notifications.preferences.boundary.NotificationType;
import com.duskspendr.notifications.preferences.boundary.SettingsRequest;
import com.duskspendr.users.boundary.NotificationPreferences;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutingTest {

  private static final NotificationPreferences ALL_ON = new NotificationPreferences(true, true, true, true, true, true);

  private static NotificationSettings budgetOn(String... channels) {
    return new SettingsRequest(Map.of("budget", List.of(channels)), null, null, null, null, null).toSettings();
  }

  @Test
  void theTypesChannelsGoWhenTheProfileAllowsThem() {
    assertEquals(Set.of(Channel.IN_APP, Channel.EMAIL, Channel.SMS),
        Routing.channels(NotificationType.BUDGET, budgetOn("in_app", "email", "sms"), ALL_ON));
  }

  @Test
  void theProfilesChannelSwitchesTurnChannelsOff() {
    var noEmailNoSms = new NotificationPreferences(true, false, false, true, true, true);
    assertEquals(Set.of(Channel.IN_APP, Channel.PUSH),
        Routing.channels(NotificationType.BUDGET, budgetOn("in_app", "push", "email", "sms"), noEmailNoSms));
  }

  @Test
  void theProfilesTypeSwitchesTurnTypesOffButNeverSecurity() {
    var nothing = new NotificationPreferences(true, true, false, false, false, false);
    NotificationSettings d = NotificationSettings.defaults();
    assertEquals(Set.of(), Routing.channels(NotificationType.BUDGET, d, nothing));
    assertEquals(Set.of(), Routing.channels(NotificationType.ANOMALY, d, nothing));
    assertEquals(Set.of(), Routing.channels(NotificationType.LARGE_TRANSACTION, d, nothing));
    assertEquals(Set.of(), Routing.channels(NotificationType.DIGEST, d, nothing));
    assertEquals(d.channelsOf(NotificationType.SECURITY), Routing.channels(NotificationType.SECURITY, d, nothing));
  }

  @Test
  void aTypeWithNoChannelsGoesNowhere() {
    assertEquals(Set.of(), Routing.channels(NotificationType.BUDGET, budgetOn(), ALL_ON));
  }
}

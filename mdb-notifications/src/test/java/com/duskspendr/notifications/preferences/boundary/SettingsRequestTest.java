package com.duskspendr.notifications.preferences.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.platform.failure.DomainException.FieldIssue;
import com.duskspendr.platform.failure.InvalidInputException;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SettingsRequestTest {

  @Test
  void theDefaultsAreInAppAndPushEmailForSecurityAndDigestAndNeverSms() {
    NotificationSettings d = NotificationSettings.defaults();
    for (NotificationType type : NotificationType.values()) {
      assertTrue(d.channelsOf(type).containsAll(Set.of(Channel.IN_APP, Channel.PUSH)), type.wireName());
      assertFalse(d.channelsOf(type).contains(Channel.SMS), type.wireName());
    }
    assertTrue(d.channelsOf(NotificationType.SECURITY).contains(Channel.EMAIL));
    assertTrue(d.channelsOf(NotificationType.DIGEST).contains(Channel.EMAIL));
    assertFalse(d.channelsOf(NotificationType.BUDGET).contains(Channel.EMAIL));
    assertNull(d.quietHours());
    assertNull(d.largeTransactionThreshold());
    assertTrue(d.digest());
  }

  @Test
  void anEmptyRequestIsTheDefaults() {
    assertEquals(NotificationSettings.defaults(), new SettingsRequest(null, null, null, null, null, null).toSettings());
  }

  @Test
  void aTypeLeftOutKeepsItsDefaultAndAnEmptyListTurnsOneOff() {
    NotificationSettings s = new SettingsRequest(
        Map.of("budget", List.of("email", "sms"), "anomaly", List.of()), "22:00", "07:00", "250.5", "USD", false)
        .toSettings();
    assertEquals(Set.of(Channel.EMAIL, Channel.SMS), s.channelsOf(NotificationType.BUDGET));
    assertEquals(Set.of(), s.channelsOf(NotificationType.ANOMALY));
    assertEquals(NotificationSettings.defaults().channelsOf(NotificationType.SECURITY), s.channelsOf(NotificationType.SECURITY));
    assertEquals(new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0)), s.quietHours());
    assertEquals("250.50", s.largeTransactionThreshold().amount().toPlainString());
    assertEquals("USD", s.largeTransactionThreshold().currency().getCurrencyCode());
    assertEquals(Set.of(), s.channelsOf(NotificationType.DIGEST), "the digest switched off sends on no channel");
  }

  @Test
  void everyInvalidFieldIsNamedAtOnce() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> new SettingsRequest(
        Map.of("budget", List.of("in_app", "fax"), "weather", List.of()), "7:00", null, "-5", "usd", null)
        .toSettings());
    List<String> fields = e.issues().stream().map(FieldIssue::field).toList();
    assertTrue(fields.containsAll(List.of("channels.budget[1]", "channels.weather", "quietHours.start",
        "quietHours.end", "largeTransactionThreshold.amount", "largeTransactionThreshold.currency")), fields.toString());
  }

  @Test
  void moneyMustBeExactForItsCurrency() {
    assertThrows(InvalidInputException.class,
        () -> new SettingsRequest(null, null, null, "10.001", "USD", null).toSettings());
    assertThrows(InvalidInputException.class,
        () -> new SettingsRequest(null, null, null, "10.5", "JPY", null).toSettings());
    assertThrows(InvalidInputException.class,
        () -> new SettingsRequest(null, null, null, "0", "USD", null).toSettings());
    assertThrows(InvalidInputException.class,
        () -> new SettingsRequest(null, null, null, "10", "XYZ", null).toSettings());
    assertEquals("1000", new SettingsRequest(null, null, null, "1000", "JPY", null).toSettings()
        .largeTransactionThreshold().amount().toPlainString());
  }

  @Test
  void quietHoursMustBeAWindow() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> new SettingsRequest(null, "08:00", "08:00", null, null, null).toSettings());
    assertEquals("quietHours.end", e.issues().get(0).field());
    assertThrows(InvalidInputException.class,
        () -> new SettingsRequest(null, "24:00", "08:00", null, null, null).toSettings());
  }

  @Test
  void aPhoneNumberMustBeE164() {
    assertEquals("+4915112345678",
        new SettingsRequest(null, null, null, null, null, null, "+4915112345678").toSettings().phoneNumber());
    for (String bad : new String[] {"015112345678", "+0151123456", "+49 151 1234567", "+1234", "+1234567890123456"}) {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> new SettingsRequest(null, null, null, null, null, null, bad).toSettings(), bad);
      assertEquals("phoneNumber", e.issues().get(0).field(), bad);
    }
  }
}

package com.duskspendr.web.notifications;

import com.duskspendr.notifications.preferences.boundary.Channel;
import com.duskspendr.notifications.preferences.boundary.NotificationSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * My notification settings, every type listed.
 *
 * @param largeTransactionThreshold its amount a string with exactly the currency's minor digits, as all money
 * @param phoneNumber where SMS alerts go (E.164), null for none
 */
public record PreferencesResponse(
    Map<String, List<String>> channels, QuietHours quietHours, Threshold largeTransactionThreshold, boolean digest,
    String phoneNumber) {

  public record QuietHours(String start, String end) {}

  public record Threshold(String amount, String currency) {}

  static PreferencesResponse from(NotificationSettings s) {
    Map<String, List<String>> channels = new LinkedHashMap<>();
    s.channels().forEach((type, set) -> channels.put(type.wireName(), set.stream().map(Channel::wireName).toList()));
    return new PreferencesResponse(channels,
        s.quietHours() == null ? null
            : new QuietHours(s.quietHours().start().toString(), s.quietHours().end().toString()),
        s.largeTransactionThreshold() == null ? null
            : new Threshold(s.largeTransactionThreshold().amount().toPlainString(),
                s.largeTransactionThreshold().currency().getCurrencyCode()),
        s.digest(), s.phoneNumber());
  }
}

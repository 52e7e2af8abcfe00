package com.duskspendr.notifications.preferences.boundary;

import com.duskspendr.notifications.preferences.control.PhoneConfirmations;
import com.duskspendr.notifications.preferences.control.PreferenceCodec;
import com.duskspendr.notifications.preferences.entity.StoredSettings;
import com.duskspendr.notifications.preferences.entity.StoredSettingsRepository;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.persistence.Timestamps;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

@Stateless
public class DefaultPreferencesService implements PreferencesService {

  @Inject StoredSettingsRepository settings;
  @Inject PhoneConfirmations phones;

  @Override
  public NotificationSettings settingsOf(AccountId owner) {
    return settings.find(owner.value()).map(PreferenceCodec::settings).orElseGet(NotificationSettings::defaults);
  }

  @Override
  public NotificationSettings replace(AccountId owner, SettingsRequest request) {
    NotificationSettings replacement = request.toSettings();
    StoredSettings row = settings.findOrNew(owner.value());
    String previousPhone = row.phoneNumber();
    var quiet = replacement.quietHours();
    var threshold = replacement.largeTransactionThreshold();
    row.set(
        PreferenceCodec.channelsJson(replacement.channels()),
        quiet == null ? null : quiet.start(),
        quiet == null ? null : quiet.end(),
        threshold == null ? null : threshold.amount(),
        threshold == null ? null : threshold.currency().getCurrencyCode(),
        replacement.digest(),
        replacement.phoneNumber(),
        Timestamps.now(Clock.systemUTC()));
    // after the row is complete: planning the text is a native insert, which flushes the row first
    if (replacement.phoneNumber() != null && !replacement.phoneNumber().equals(previousPhone)) {
      phones.confirm(owner);
    }
    return PreferenceCodec.settings(row);
  }
}

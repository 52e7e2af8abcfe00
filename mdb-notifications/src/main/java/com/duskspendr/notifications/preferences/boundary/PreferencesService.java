package com.duskspendr.notifications.preferences.boundary;

import com.duskspendr.platform.identity.AccountId;
import jakarta.validation.constraints.NotNull;

/** Reads and replaces the caller's own notification settings. */
public interface PreferencesService {

  /** The stored settings, or the defaults when the user never changed them. */
  NotificationSettings settingsOf(@NotNull AccountId owner);

  /**
   * Replaces all settings at once (PUT semantics).
   *
   * @throws com.duskspendr.platform.failure.InvalidInputException naming every invalid field
   */
  NotificationSettings replace(@NotNull AccountId owner, @NotNull SettingsRequest request);
}

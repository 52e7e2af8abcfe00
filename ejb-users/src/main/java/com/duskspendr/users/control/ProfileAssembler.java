package com.duskspendr.users.control;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.users.boundary.NotificationPreferences;
import com.duskspendr.users.boundary.Preferences;
import com.duskspendr.users.boundary.Profile;
import com.duskspendr.users.entity.UserProfile;

/** Turns the entity into the boundary record, so that no entity leaves the users context. */
public final class ProfileAssembler {

  private ProfileAssembler() {}

  public static Profile toProfile(UserProfile entity) {
    var notifications =
        new NotificationPreferences(
            entity.notifyPush(),
            entity.notifyEmail(),
            entity.notifySms(),
            entity.budgetAlerts(),
            entity.anomalyAlerts(),
            entity.weeklySummary());
    var preferences =
        new Preferences(
            entity.currency(), entity.locale(), entity.timezone(), entity.weekStartsOn(), notifications);
    return new Profile(
        new AccountId(entity.accountId()),
        entity.email(),
        entity.displayName(),
        entity.avatarUrl(),
        preferences,
        entity.createdAt());
  }
}

package com.duskspendr.web.users;

import com.duskspendr.users.boundary.NotificationPreferencesPatch;
import com.duskspendr.users.boundary.ProfilePatch;

/**
 * {@code PATCH /api/v1/users/me}: only the fields present change (JSON Merge Patch, RFC 7396, except that
 * {@code null} also means "leave as it is": there is nothing a client may remove). Values are checked by the
 * profile service, which reports every invalid field at once; unknown fields are rejected while reading.
 */
public record ProfilePatchRequest(String displayName, String avatarUrl, PreferencesPatch preferences) {

  public record PreferencesPatch(
      String currency, String locale, String timezone, String weekStartsOn, NotificationsPatch notifications) {}

  public record NotificationsPatch(
      Boolean push, Boolean email, Boolean sms, Boolean budgetAlerts, Boolean anomalyAlerts, Boolean weeklySummary) {}

  ProfilePatch toPatch() {
    PreferencesPatch p = preferences;
    NotificationsPatch n = p == null ? null : p.notifications();
    return new ProfilePatch(
        displayName,
        avatarUrl,
        p == null ? null : p.currency(),
        p == null ? null : p.locale(),
        p == null ? null : p.timezone(),
        p == null ? null : p.weekStartsOn(),
        n == null ? null : new NotificationPreferencesPatch(
            n.push(), n.email(), n.sms(), n.budgetAlerts(), n.anomalyAlerts(), n.weeklySummary()));
  }
}

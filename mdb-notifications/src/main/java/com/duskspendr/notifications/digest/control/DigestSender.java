package com.duskspendr.notifications.digest.control;

import com.duskspendr.analytics.spending.boundary.AnalyticsService;
import com.duskspendr.analytics.spending.boundary.SpendingSummary;
import com.duskspendr.notifications.digest.entity.DigestLog;
import com.duskspendr.notifications.preferences.boundary.PreferencesService;
import com.duskspendr.notifications.preferences.control.UserProfiles;
import com.duskspendr.notifications.triggers.control.NotificationIntake;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.platform.persistence.Timestamps;
import com.duskspendr.transactions.budgets.boundary.BudgetService;
import com.duskspendr.users.boundary.NotificationPreferences;
import com.duskspendr.users.boundary.Profile;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * One account's digest, in a transaction of its own (REQUIRES_NEW), so that one account failing (its
 * profile erased meanwhile) neither stops the others nor marks theirs sent. The week is marked sent first,
 * insert-if-absent: a second run or another instance stops there before reading anything; the
 * notification then goes through the intake like any alert (channels, quiet hours, retries, erasure).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DigestSender {

  @EJB UserProfiles profiles;
  @EJB PreferencesService preferences;
  @EJB AnalyticsService analytics;
  @EJB BudgetService budgets;
  @EJB NotificationIntake intake;
  @Inject DigestLog log;

  /** @return whether this call planned the account's digest of the current week */
  public boolean sendIfDue(AccountId owner, DigestSchedule schedule, Instant now) {
    Optional<Profile> profile = profiles.find(owner);
    if (profile.isEmpty() || !wanted(owner, profile.get())) {
      return false;
    }
    Optional<DigestWeek> week = schedule.dueAt(now, UserProfiles.zoneOf(profile.get()));
    if (week.isEmpty()
        || !log.markSent(owner.value(), week.get().label(), Timestamps.now(Clock.fixed(now, ZoneOffset.UTC)))) {
      return false;
    }
    SpendingSummary spending = analytics.summary(
        owner, "custom", null, week.get().reportFrom().toString(), week.get().reportTo().toString());
    return intake.accept(DigestComposer.compose(owner, week.get(), spending, budgets.list(owner), now)).isPresent();
  }

  /** Off in the notification settings or in the profile's switch: not even read. */
  private boolean wanted(AccountId owner, Profile profile) {
    NotificationPreferences switches = profile.preferences().notifications();
    return preferences.settingsOf(owner).digest() && (switches == null || switches.weeklySummary());
  }
}

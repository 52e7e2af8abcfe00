package com.duskspendr.transactions.budgets.control;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.users.boundary.Preferences;
import com.duskspendr.users.boundary.ProfileService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;

/** A user's "today", first day of the week and currency, from their profile preferences. */
@ApplicationScoped
public class UserCalendar {

  /** What budget periods of one user are computed in. */
  public record Settings(LocalDate today, DayOfWeek weekStart, String currency) {}

  @Inject ProfileService profiles;

  Clock clock = Clock.systemUTC();

  public Settings of(AccountId owner) {
    Preferences preferences = profiles.profileOf(owner).preferences();
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(preferences.timezone())));
    return new Settings(today, preferences.weekStartsOn(), preferences.currency());
  }
}

package com.duskspendr.transactions.budgets.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.transactions.budgets.boundary.BudgetPeriod;
import com.duskspendr.users.boundary.Preferences;
import com.duskspendr.users.boundary.Profile;
import com.duskspendr.users.boundary.ProfilePatch;
import com.duskspendr.users.boundary.ProfileService;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** "Today" and therefore the current period are the user's, not the server's. */
class UserCalendarTest {

  private final AccountId owner = new AccountId(UUID.randomUUID());

  private UserCalendar.Settings settingsAt(String instant, String timezone, DayOfWeek weekStart) {
    var calendar = new UserCalendar();
    calendar.clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    calendar.profiles = new ProfileService() {
      @Override
      public Profile profileOf(AccountId accountId) {
        return new Profile(accountId, "a@example.com", "A", null, new Preferences("EUR", "en-US", timezone, weekStart, null), null);
      }

      @Override
      public Profile update(AccountId accountId, ProfilePatch patch) {
        throw new UnsupportedOperationException();
      }

      @Override
      public List<AccountId> accountsAfter(AccountId after, int limit) {
        throw new UnsupportedOperationException();
      }
    };
    return calendar.of(owner);
  }

  @Test
  void lateOnTheLastDayOfTheMonthInUtcIsAlreadyNextMonthInTokyo() {
    var tokyo = settingsAt("2026-11-30T15:30:00Z", "Asia/Tokyo", DayOfWeek.MONDAY);
    assertEquals(LocalDate.parse("2026-12-01"), tokyo.today());
    assertEquals(new DateRange(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31")),
        BudgetPeriods.containing(BudgetPeriod.MONTHLY, LocalDate.parse("2026-01-01"), tokyo.weekStart(), tokyo.today()));
    var utc = settingsAt("2026-11-30T15:30:00Z", "UTC", DayOfWeek.MONDAY);
    assertEquals(LocalDate.parse("2026-11-30"), utc.today());
  }

  @Test
  void earlyOnMondayInUtcIsStillSundayInLosAngeles() {
    var la = settingsAt("2026-11-30T05:00:00Z", "America/Los_Angeles", DayOfWeek.SUNDAY);
    assertEquals(LocalDate.parse("2026-11-29"), la.today());
    assertEquals(DayOfWeek.SUNDAY, la.weekStart());
    assertEquals("EUR", la.currency());
    assertEquals(new DateRange(LocalDate.parse("2026-11-29"), LocalDate.parse("2026-12-05")),
        BudgetPeriods.containing(BudgetPeriod.WEEKLY, LocalDate.parse("2026-01-01"), la.weekStart(), la.today()));
  }
}

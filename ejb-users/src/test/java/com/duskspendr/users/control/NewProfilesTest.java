package com.duskspendr.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.duskspendr.users.boundary.NotificationPreferences;
import com.duskspendr.users.boundary.Preferences;
import com.duskspendr.users.boundary.Profile;
import java.time.DayOfWeek;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NewProfilesTest {

  private final UUID accountId = UUID.randomUUID();

  @Test
  void theDefaultsAreUsdEnUsUtcMondayAndEveryNotificationButSms() {
    assertEquals(
        new Preferences(
            "USD", "en-US", "UTC", DayOfWeek.MONDAY, new NotificationPreferences(true, true, false, true, true, true)),
        ProfileDefaults.PREFERENCES);
  }

  @Test
  void aNewProfileHasTheDefaults() {
    Profile profile = ProfileAssembler.toProfile(NewProfiles.create(accountId, "ada@example.com", "Ada"));
    assertEquals(accountId, profile.id().value());
    assertEquals("ada@example.com", profile.email());
    assertEquals("Ada", profile.displayName());
    assertNull(profile.avatarUrl());
    assertEquals(ProfileDefaults.PREFERENCES, profile.preferences());
  }

  @Test
  void theDisplayNameDefaultsToTheLocalPartOfTheEmail() {
    assertEquals("ada.lovelace", NewProfiles.displayNameFor(null, "ada.lovelace@example.com"));
    assertEquals("ada.lovelace", NewProfiles.displayNameFor("   ", "ada.lovelace@example.com"));
  }

  @Test
  void aChosenDisplayNameIsTrimmed() {
    assertEquals("Ada", NewProfiles.displayNameFor("  Ada ", "ada@example.com"));
  }

  @Test
  void aRegistrationNameIsMadeToFitTheProfileRulesRatherThanRejected() {
    assertEquals("AdaLovelace", NewProfiles.displayNameFor("Ada\nLovelace", "ada@example.com"));
    assertEquals("a".repeat(100), NewProfiles.displayNameFor("a".repeat(150), "ada@example.com"));
    assertEquals("b".repeat(100), NewProfiles.displayNameFor(null, "b".repeat(120) + "@example.com"));
  }

  @Test
  void anEmailWithoutALocalPartStillYieldsAName() {
    assertEquals("@example.com", NewProfiles.displayNameFor(null, "@example.com"));
  }
}

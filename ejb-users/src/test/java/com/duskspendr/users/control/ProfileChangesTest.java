package com.duskspendr.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.duskspendr.users.boundary.NotificationPreferences;
import com.duskspendr.users.boundary.NotificationPreferencesPatch;
import com.duskspendr.users.boundary.Preferences;
import com.duskspendr.users.boundary.Profile;
import com.duskspendr.users.boundary.ProfilePatch;
import com.duskspendr.users.entity.UserProfile;
import java.time.DayOfWeek;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProfileChangesTest {

  private final PreferencesValidator validator = new PreferencesValidator();
  private final UserProfile profile = NewProfiles.create(UUID.randomUUID(), "ada@example.com", "Ada");

  private Profile apply(ProfilePatch patch) {
    validator.changesFrom(patch).applyTo(profile);
    return ProfileAssembler.toProfile(profile);
  }

  @Test
  void anEmptyPatchLeavesTheProfileAsItIs() {
    Profile before = ProfileAssembler.toProfile(profile);
    assertEquals(before, apply(new ProfilePatch(null, null, null, null, null, null, null)));
  }

  @Test
  void writesTheNormalizedValuesOfEveryPresentField() {
    Profile after =
        apply(
            new ProfilePatch(
                " Ada L. ",
                "https://cdn.example.com/a.png",
                "eur",
                "de-de",
                "Europe/Berlin",
                "sunday",
                new NotificationPreferencesPatch(false, false, true, false, false, false)));
    assertEquals("Ada L.", after.displayName());
    assertEquals("https://cdn.example.com/a.png", after.avatarUrl());
    assertEquals(
        new Preferences(
            "EUR",
            "de-DE",
            "Europe/Berlin",
            DayOfWeek.SUNDAY,
            new NotificationPreferences(false, false, true, false, false, false)),
        after.preferences());
    assertEquals("ada@example.com", after.email());
  }

  @Test
  void changesOnlyThePresentFields() {
    Profile after = apply(new ProfilePatch(null, null, "JPY", null, null, null, null));
    assertEquals("Ada", after.displayName());
    assertEquals("JPY", after.preferences().currency());
    assertEquals(ProfileDefaults.LOCALE, after.preferences().locale());
    assertEquals(ProfileDefaults.TIMEZONE, after.preferences().timezone());
    assertEquals(ProfileDefaults.WEEK_STARTS_ON, after.preferences().weekStartsOn());
    assertEquals(ProfileDefaults.NOTIFICATIONS, after.preferences().notifications());
  }

  @Test
  void changesOnlyThePresentNotificationFlags() {
    Profile after =
        apply(
            new ProfilePatch(
                null, null, null, null, null, null, new NotificationPreferencesPatch(null, null, true, null, false, null)));
    assertEquals(new NotificationPreferences(true, true, true, true, false, true), after.preferences().notifications());
  }

  @Test
  void anEmptyAvatarUrlRemovesTheAvatarAndNullKeepsIt() {
    apply(new ProfilePatch(null, "https://cdn.example.com/a.png", null, null, null, null, null));
    assertEquals("https://cdn.example.com/a.png", apply(new ProfilePatch("Ada", null, null, null, null, null, null)).avatarUrl());
    assertNull(apply(new ProfilePatch(null, "", null, null, null, null, null)).avatarUrl());
  }
}

package com.duskspendr.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.users.boundary.ProfilePatch;
import com.duskspendr.users.boundary.ProfileValidationException;
import com.duskspendr.platform.failure.DomainException.FieldIssue;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PreferencesValidatorTest {

  private final PreferencesValidator validator = new PreferencesValidator();

  private static ProfilePatch displayName(String value) {
    return new ProfilePatch(value, null, null, null, null, null, null);
  }

  private static ProfilePatch avatarUrl(String value) {
    return new ProfilePatch(null, value, null, null, null, null, null);
  }

  private static ProfilePatch currency(String value) {
    return new ProfilePatch(null, null, value, null, null, null, null);
  }

  private static ProfilePatch locale(String value) {
    return new ProfilePatch(null, null, null, value, null, null, null);
  }

  private static ProfilePatch timezone(String value) {
    return new ProfilePatch(null, null, null, null, value, null, null);
  }

  private static ProfilePatch weekStartsOn(String value) {
    return new ProfilePatch(null, null, null, null, null, value, null);
  }

  private List<String> fieldsWithIssues(ProfilePatch patch) {
    return validator.validate(patch).stream().map(FieldIssue::field).toList();
  }

  @Test
  void anEmptyPatchIsValidAndChangesNothing() {
    ProfileChanges changes = validator.changesFrom(new ProfilePatch(null, null, null, null, null, null, null));
    assertEquals(new ProfileChanges(null, null, false, null, null, null, null, null), changes);
  }

  @Test
  void reportsEveryInvalidFieldAtOnce() {
    var patch = new ProfilePatch(" ", "http://example.com/a.png", "XTS", "en_US", "+02:00", "someday", null);
    var thrown = assertThrows(ProfileValidationException.class, () -> validator.changesFrom(patch));
    assertEquals(
        List.of(
            "displayName",
            "avatarUrl",
            "preferences.currency",
            "preferences.locale",
            "preferences.timezone",
            "preferences.weekStartsOn"),
        thrown.issues().stream().map(FieldIssue::field).toList());
    assertTrue(thrown.issues().stream().noneMatch(issue -> issue.issue().isBlank()));
  }

  @Test
  void reportsOnlyTheInvalidFieldsAmongValidOnes() {
    var patch = new ProfilePatch("Ada", "https://cdn.example.com/a.png", "usd", "de-DE", "Mars/Olympus", "friday", null);
    assertEquals(List.of("preferences.timezone"), fieldsWithIssues(patch));
  }

  @Nested
  class DisplayName {

    @Test
    void isTrimmed() {
      assertEquals("Ada Lovelace", validator.changesFrom(displayName("  Ada Lovelace \t")).displayName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void mustNotBeBlank(String blank) {
      assertEquals(List.of("displayName"), fieldsWithIssues(displayName(blank)));
    }

    @Test
    void mayHaveOneHundredCharactersAfterTrimming() {
      String hundred = "a".repeat(100);
      assertEquals(hundred, validator.changesFrom(displayName("  " + hundred + "  ")).displayName());
      assertEquals(List.of("displayName"), fieldsWithIssues(displayName(hundred + "b")));
    }

    @Test
    void countsCharactersNotUtf16Units() {
      String hundredEmoji = "\uD83D\uDE00".repeat(100);
      assertTrue(validator.validate(displayName(hundredEmoji)).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada\nLovelace", "Ada\u0000", "Ada\u0007x", "Ada\u2028Lovelace", "Ada\u007F"})
    void mustNotContainControlCharacters(String name) {
      assertEquals(List.of("displayName"), fieldsWithIssues(displayName(name)));
    }

    @Test
    void acceptsLettersOfAnyScript() {
      assertTrue(validator.validate(displayName("Zoë 李 Ångström-O'Brien")).isEmpty());
    }
  }

  @Nested
  class AvatarUrl {

    @Test
    void acceptsAnAbsoluteHttpsUrl() {
      var changes = validator.changesFrom(avatarUrl("https://cdn.example.com/avatars/42.png?size=128"));
      assertEquals("https://cdn.example.com/avatars/42.png?size=128", changes.avatarUrl());
      assertFalse(changes.removeAvatar());
    }

    @Test
    void anEmptyStringRemovesTheAvatar() {
      var changes = validator.changesFrom(avatarUrl(""));
      assertTrue(changes.removeAvatar());
      assertNull(changes.avatarUrl());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "http://example.com/a.png",
          "javascript:alert(1)",
          "data:image/png;base64,iVBORw0KGgo=",
          "ftp://example.com/a.png",
          "//example.com/a.png",
          "/avatars/a.png",
          "https:///a.png",
          "https://exa mple.com/a.png",
          "https://user:secret@example.com/a.png",
          " "
        })
    void rejectsAnythingButHttpsWithAHost(String url) {
      assertEquals(List.of("avatarUrl"), fieldsWithIssues(avatarUrl(url)));
    }

    @Test
    void mayBe2048CharactersLong() {
      String prefix = "https://example.com/";
      String longest = prefix + "a".repeat(2048 - prefix.length());
      assertTrue(validator.validate(avatarUrl(longest)).isEmpty());
      assertEquals(List.of("avatarUrl"), fieldsWithIssues(avatarUrl(longest + "a")));
    }
  }

  @Nested
  class CurrencyCode {

    @ParameterizedTest
    @ValueSource(strings = {"USD", "EUR", "JPY", "INR", "CHF"})
    void acceptsIsoCurrencies(String code) {
      assertEquals(code, validator.changesFrom(currency(code)).currency());
    }

    @Test
    void acceptsLowerCaseAndStoresUpperCase() {
      assertEquals("EUR", validator.changesFrom(currency("eur")).currency());
      assertEquals("GBP", validator.changesFrom(currency("gBp")).currency());
    }

    @ParameterizedTest
    @ValueSource(strings = {"XTS", "XXX", "XAU", "XDR", "xts"})
    void rejectsPseudoCurrencies(String code) {
      assertEquals(List.of("preferences.currency"), fieldsWithIssues(currency(code)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "US", "USDX", "U$D", "ABC", "123", " USD"})
    void rejectsWhatIsNotAnIsoCode(String code) {
      assertEquals(List.of("preferences.currency"), fieldsWithIssues(currency(code)));
    }
  }

  @Nested
  class LocaleTag {

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "de", "pt-BR", "zh-Hant-TW", "es-419", "sr-Latn-RS"})
    void acceptsWellFormedTags(String tag) {
      assertEquals(tag, validator.changesFrom(locale(tag)).locale());
    }

    @Test
    void storesTheCanonicalCase() {
      assertEquals("en-US", validator.changesFrom(locale("EN-us")).locale());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "en_US", "english-US", "und", "en-", "-US", "x-private"})
    void rejectsMalformedTagsOrTagsWithoutALanguage(String tag) {
      assertEquals(List.of("preferences.locale"), fieldsWithIssues(locale(tag)));
    }

    @Test
    void rejectsTagsLongerThan35Characters() {
      assertEquals(List.of("preferences.locale"), fieldsWithIssues(locale("en-US-u-ca-gregory-nu-latn-cu-usd-fw-mon")));
    }
  }

  @Nested
  class Timezone {

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Europe/Berlin", "America/Argentina/Buenos_Aires", "Asia/Kolkata"})
    void acceptsRegionIds(String zone) {
      assertEquals(zone, validator.changesFrom(timezone(zone)).timezone());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "+02:00", "UTC+2", "GMT+01:00", "Z", "EST", "CET", "EST5EDT", "Japan", "Etc/GMT+5",
          "SystemV/EST5", "europe/berlin", "Mars/Olympus", ""
        })
    void rejectsOffsetsAbbreviationsAndUnknownIds(String zone) {
      assertEquals(List.of("preferences.timezone"), fieldsWithIssues(timezone(zone)));
    }
  }

  @Nested
  class WeekStart {

    @Test
    void acceptsDayNamesInAnyCase() {
      assertEquals(DayOfWeek.SUNDAY, validator.changesFrom(weekStartsOn("SUNDAY")).weekStartsOn());
      assertEquals(DayOfWeek.SATURDAY, validator.changesFrom(weekStartsOn("saturday")).weekStartsOn());
      assertEquals(DayOfWeek.MONDAY, validator.changesFrom(weekStartsOn("Monday")).weekStartsOn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "MON", "1", "someday", " MONDAY"})
    void rejectsAnythingElse(String day) {
      assertEquals(List.of("preferences.weekStartsOn"), fieldsWithIssues(weekStartsOn(day)));
    }
  }
}

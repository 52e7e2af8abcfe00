package com.duskspendr.users.control;

import com.duskspendr.users.boundary.ProfilePatch;
import com.duskspendr.users.boundary.ProfileValidationException;
import com.duskspendr.platform.failure.DomainException.FieldIssue;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks every field of a {@link ProfilePatch} and reports all problems at once, so that a client can
 * mark every invalid form field in one round trip. Fields that are null are not being changed and are
 * not checked. Valid values come back normalized as {@link ProfileChanges}:
 *
 * <ul>
 *   <li>displayName: trimmed; 1..100 characters (code points); no control or line-separator characters.
 *   <li>avatarUrl: empty string removes the avatar; otherwise an absolute https URL with a host and
 *       without user info, at most 2048 characters. Other schemes (http, javascript:, data:) are rejected.
 *   <li>currency: three letters, accepted in any case and stored in upper case (the ISO form), because a
 *       mobile keyboard easily sends "eur"; must be known to {@link Currency} and be a real currency, so
 *       pseudo-codes without minor units (XTS testing, XXX no currency, XAU gold, XDR ...) are rejected.
 *   <li>locale: a well-formed BCP 47 tag starting with a 2- or 3-letter language subtag, at most 35
 *       characters, stored in canonical case (en-us becomes en-US). "und" and private-use-only tags have no
 *       language and are rejected.
 *   <li>timezone: an IANA region id such as Europe/Berlin known to {@link ZoneId}, or UTC. Offsets
 *       (+02:00), abbreviations (EST, CET), Etc/GMT+n and SystemV ids are rejected: only a region follows
 *       its daylight-saving rules, which weekly and monthly reports depend on.
 *   <li>weekStartsOn: MONDAY..SUNDAY in any case.
 * </ul>
 */
public class PreferencesValidator {

  private static final Pattern THREE_LETTERS = Pattern.compile("[A-Za-z]{3}");
  private static final Set<String> AVAILABLE_ZONES = ZoneId.getAvailableZoneIds();

  /** @return every issue in the patch; empty when the patch is valid */
  public List<FieldIssue> validate(ProfilePatch patch) {
    return check(patch).issues;
  }

  /**
   * @return the normalized changes of a valid patch
   * @throws ProfileValidationException listing every invalid field
   */
  public ProfileChanges changesFrom(ProfilePatch patch) {
    Check check = check(patch);
    if (!check.issues.isEmpty()) {
      throw new ProfileValidationException(check.issues);
    }
    return check.changes;
  }

  private Check check(ProfilePatch patch) {
    List<FieldIssue> issues = new ArrayList<>();
    String displayName = displayName(patch.displayName(), issues);
    String avatarUrl = avatarUrl(patch.avatarUrl(), issues);
    String currency = currency(patch.currency(), issues);
    String locale = locale(patch.locale(), issues);
    String timezone = timezone(patch.timezone(), issues);
    DayOfWeek weekStartsOn = weekStartsOn(patch.weekStartsOn(), issues);
    var changes =
        new ProfileChanges(
            displayName,
            avatarUrl,
            "".equals(patch.avatarUrl()),
            currency,
            locale,
            timezone,
            weekStartsOn,
            patch.notifications());
    return new Check(List.copyOf(issues), changes);
  }

  private record Check(List<FieldIssue> issues, ProfileChanges changes) {}

  private static String displayName(String raw, List<FieldIssue> issues) {
    if (raw == null) {
      return null;
    }
    String trimmed = raw.strip();
    if (trimmed.isEmpty()) {
      return reject(issues, "displayName", "must not be blank");
    }
    if (FieldRules.lengthOf(trimmed) > FieldRules.DISPLAY_NAME_MAX) {
      return reject(issues, "displayName", "must be at most " + FieldRules.DISPLAY_NAME_MAX + " characters");
    }
    if (trimmed.codePoints().anyMatch(FieldRules::isForbiddenInText)) {
      return reject(issues, "displayName", "must not contain control characters or line breaks");
    }
    return trimmed;
  }

  /** @return the URL to store, or null when unchanged or removed (the caller tells which) */
  private static String avatarUrl(String raw, List<FieldIssue> issues) {
    if (raw == null || raw.isEmpty()) {
      return null;
    }
    if (raw.length() > FieldRules.AVATAR_URL_MAX) {
      return reject(issues, "avatarUrl", "must be at most " + FieldRules.AVATAR_URL_MAX + " characters");
    }
    URI uri;
    try {
      uri = new URI(raw);
    } catch (URISyntaxException e) {
      return reject(issues, "avatarUrl", "must be a valid URL");
    }
    // Only https: the avatar is shown to the user's own devices, which must neither load mixed content nor
    // run script (javascript:) or carry inline payloads (data:).
    if (!uri.isAbsolute() || !"https".equalsIgnoreCase(uri.getScheme())) {
      return reject(issues, "avatarUrl", "must be an absolute https URL");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      return reject(issues, "avatarUrl", "must name a host");
    }
    // Credentials in the URL would be handed to every client that renders the avatar.
    if (uri.getRawUserInfo() != null) {
      return reject(issues, "avatarUrl", "must not contain a user name or password");
    }
    return raw;
  }

  private static String currency(String raw, List<FieldIssue> issues) {
    if (raw == null) {
      return null;
    }
    String field = "preferences.currency";
    if (!THREE_LETTERS.matcher(raw).matches()) {
      return reject(issues, field, "must be a three-letter ISO 4217 code such as USD or EUR");
    }
    String code = raw.toUpperCase(Locale.ROOT);
    Currency currency;
    try {
      currency = Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      return reject(issues, field, code + " is not an ISO 4217 currency code");
    }
    // No minor unit marks the ISO pseudo-currencies: testing (XTS), no currency (XXX), metals, fund units.
    if (currency.getDefaultFractionDigits() < 0) {
      return reject(issues, field, code + " is not a currency that amounts can be kept in");
    }
    return code;
  }

  private static String locale(String raw, List<FieldIssue> issues) {
    if (raw == null) {
      return null;
    }
    String field = "preferences.locale";
    if (raw.length() > FieldRules.LOCALE_MAX) {
      return reject(issues, field, "must be at most " + FieldRules.LOCALE_MAX + " characters");
    }
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(raw).build();
    } catch (IllformedLocaleException e) {
      return reject(issues, field, "must be a BCP 47 language tag such as en-US (with a hyphen)");
    }
    // BCP 47 syntax also allows 4..8-letter language subtags, but the registry assigns only 2- and 3-letter
    // ones (ISO 639); a longer one is a user mistake such as "english-US".
    int languageLength = locale.getLanguage().length();
    if (languageLength < 2 || languageLength > 3) {
      return reject(issues, field, "must start with a 2- or 3-letter ISO 639 language code, as in en-US");
    }
    return locale.toLanguageTag();
  }

  private static String timezone(String raw, List<FieldIssue> issues) {
    if (raw == null) {
      return null;
    }
    if (!isRegionZone(raw)) {
      return reject(
          issues, "preferences.timezone", "must be an IANA time zone region such as Europe/Berlin, or UTC");
    }
    return raw;
  }

  private static boolean isRegionZone(String id) {
    if (!AVAILABLE_ZONES.contains(id)) {
      return false;
    }
    if (ProfileDefaults.TIMEZONE.equals(id)) {
      return true;
    }
    // Area/Location ids are regions; Etc/ and SystemV/ ids are fixed offsets in disguise, and ids without a
    // slash are legacy aliases (CET, EST5EDT, Japan) that IANA keeps only for backward compatibility.
    return id.indexOf('/') > 0 && !id.startsWith("Etc/") && !id.startsWith("SystemV/");
  }

  private static DayOfWeek weekStartsOn(String raw, List<FieldIssue> issues) {
    if (raw == null) {
      return null;
    }
    try {
      return DayOfWeek.valueOf(raw.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return reject(issues, "preferences.weekStartsOn", "must be a day name, MONDAY to SUNDAY");
    }
  }

  private static <T> T reject(List<FieldIssue> issues, String field, String issue) {
    issues.add(new FieldIssue(field, issue));
    return null;
  }
}

package com.duskspendr.transactions.sharing.control;

import com.duskspendr.platform.failure.DomainException.FieldIssue;
import com.duskspendr.platform.failure.InvalidInputException;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks for the plain fields of shared-expense requests; each reports under the field's JSON name. */
public final class SharingInput {

  private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
  private static final int MAX_EMAIL = 254;

  private SharingInput() {}

  /** Trimmed text of 1 to {@code max} characters without control characters; null when invalid. */
  public static String text(String value, int max, String field, List<FieldIssue> issues) {
    if (value == null || value.isBlank()) {
      issues.add(new FieldIssue(field, "is required"));
      return null;
    }
    String stripped = value.strip();
    if (stripped.codePointCount(0, stripped.length()) > max) {
      issues.add(new FieldIssue(field, "must be at most " + max + " characters"));
      return null;
    }
    if (stripped.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
      issues.add(new FieldIssue(field, "must not contain control characters"));
      return null;
    }
    return stripped;
  }

  /** An ISO 4217 code, or the fallback when none is given; null when invalid. */
  public static String currency(String value, String fallback, String field, List<FieldIssue> issues) {
    if (value == null) {
      return fallback;
    }
    if (!CURRENCY.matcher(value).matches() || !known(value)) {
      issues.add(new FieldIssue(field, "must be an ISO 4217 currency code such as \"EUR\""));
      return null;
    }
    return value;
  }

  private static boolean known(String code) {
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Normalized as auth compares addresses: trimmed and lower-cased. */
  public static String email(String value) {
    if (value == null || value.isBlank()) {
      throw InvalidInputException.of("email", "is required");
    }
    String normalized = value.strip().toLowerCase(Locale.ROOT);
    if (normalized.length() > MAX_EMAIL || !EMAIL.matcher(normalized).matches()) {
      throw InvalidInputException.of("email", "must be an email address");
    }
    return normalized;
  }

  public static void throwIfAny(List<FieldIssue> issues) {
    if (!issues.isEmpty()) {
      throw new InvalidInputException(issues);
    }
  }
}

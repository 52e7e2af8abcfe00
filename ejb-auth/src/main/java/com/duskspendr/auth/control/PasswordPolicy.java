package com.duskspendr.auth.control;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must satisfy: long enough (length beats composition rules, as NIST SP 800-63B
 * says), not derived from the email, not one of the passwords attackers try first, and not easy to guess
 * by zxcvbn's estimate (score 3 of 4 at least, about 10^8 guesses: repeated characters such as {@code
 * aaaaaaaaaa}, keyboard walks, dates, dictionary words with digits appended all score lower).
 */
public class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 1024;

  /**
   * Shorter local parts ("jo@...") would forbid too many good passwords; the whole address is still
   * checked.
   */
  static final int MIN_LOCAL_PART_LENGTH = 3;

  static final String TOO_SHORT = "The password must be at least " + MIN_LENGTH + " characters long.";
  static final String TOO_LONG = "The password must be at most " + MAX_LENGTH + " characters long.";
  static final String CONTAINS_EMAIL = "The password must not contain your email address.";
  static final String CONTAINS_LOCAL_PART = "The password must not contain the name part of your email address.";
  static final String TOO_COMMON = "The password is one of the most commonly used passwords.";
  static final String TOO_GUESSABLE = "The password is too easy to guess";

  /** zxcvbn's "safely unguessable" (score 3: at least 10^8 guesses) is the least we accept. */
  static final int MIN_SCORE = 3;

  /**
   * zxcvbn's matching grows faster than the length; beyond this many characters the rest only adds
   * strength, so the estimate looks at the start (zxcvbn's own authors truncate at 100).
   */
  static final int ESTIMATED_PREFIX = 100;

  /** Builds its dictionaries once; measuring is thread-safe. */
  private static final Zxcvbn ESTIMATOR = new Zxcvbn();

  private static final String COMMON_PASSWORDS = "common-passwords.txt";

  /**
   * @return one sentence per rule broken, empty when the password is acceptable
   */
  public List<String> issues(String password, String email) {
    List<String> issues = new ArrayList<>();
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      issues.add(TOO_SHORT);
    }
    if (length > MAX_LENGTH) {
      issues.add(TOO_LONG);
    }
    String lowerPassword = password.toLowerCase(Locale.ROOT);
    String lowerEmail = EmailAddresses.normalize(email);
    String localPart = EmailAddresses.localPart(email);
    if (!lowerEmail.isEmpty() && lowerPassword.contains(lowerEmail)) {
      issues.add(CONTAINS_EMAIL);
    } else if (localPart.length() >= MIN_LOCAL_PART_LENGTH && lowerPassword.contains(localPart)) {
      issues.add(CONTAINS_LOCAL_PART);
    }
    if (CommonPasswords.SET.contains(lowerPassword)) {
      issues.add(TOO_COMMON);
    } else if (issues.isEmpty()) {
      // Only when nothing plainer is wrong: one clear reason beats two overlapping ones.
      strengthIssue(password, email, localPart).ifPresent(issues::add);
    }
    return issues;
  }

  private static java.util.Optional<String> strengthIssue(String password, String email, String localPart) {
    String estimated = password.length() <= ESTIMATED_PREFIX ? password : password.substring(0, ESTIMATED_PREFIX);
    Strength strength = ESTIMATOR.measure(estimated, List.of(email, localPart, "duskspendr"));
    if (strength.getScore() >= MIN_SCORE) {
      return java.util.Optional.empty();
    }
    String warning = strength.getFeedback().getWarning(Locale.ENGLISH);
    return java.util.Optional.of(
        TOO_GUESSABLE + (warning == null || warning.isBlank() ? "." : ": " + warning.strip()));
  }

  /**
   * Loaded once, on first use. The file keeps only entries of at least {@link #MIN_LENGTH} characters:
   * shorter ones fail the length rule anyway. Lines starting with # are comments.
   */
  private static final class CommonPasswords {

    static final Set<String> SET = load();

    private static Set<String> load() {
      try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
        if (in == null) {
          throw new IllegalStateException("Missing resource " + COMMON_PASSWORDS);
        }
        Set<String> passwords = new HashSet<>();
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
            .lines()
            .filter(line -> !line.isBlank() && !line.startsWith("#"))
            .map(line -> line.strip().toLowerCase(Locale.ROOT))
            .forEach(passwords::add);
        return Set.copyOf(passwords);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** For tests: how many passwords the list holds. */
  static int commonPasswordCount() {
    return CommonPasswords.SET.size();
  }
}

package com.duskspendr.transactions.categories.control;

import com.duskspendr.transactions.categories.boundary.MatchType;
import com.duskspendr.transactions.categories.boundary.NewRule;
import com.duskspendr.transactions.categories.boundary.RulePatch;
import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.platform.failure.DomainException.FieldIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Checks a rule's fields, all at once, and brings the pattern to its normalized form. */
public final class RuleInput {

  public static final int PATTERN_MAX = 100;
  public static final int DEFAULT_PRIORITY = 100;
  public static final int PRIORITY_MIN = 0;
  public static final int PRIORITY_MAX = 1000;
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  /** A rule's fields after validation. */
  public record ValidRule(String pattern, MatchType matchType, String categoryId, int priority) {}

  private RuleInput() {}

  /** @param categoryExists whether the user may file under an id */
  public static ValidRule forCreate(NewRule rule, Predicate<String> categoryExists) {
    List<FieldIssue> issues = new ArrayList<>();
    String pattern = pattern(rule.pattern(), issues);
    MatchType type = matchType(rule.matchType(), issues);
    String category = category(rule.categoryId(), categoryExists, issues);
    int priority = rule.priority() == null ? DEFAULT_PRIORITY : priority(rule.priority(), issues);
    throwIfAny(issues);
    return new ValidRule(pattern, type, category, priority);
  }

  public static ValidRule forUpdate(RulePatch patch, ValidRule current, Predicate<String> categoryExists) {
    List<FieldIssue> issues = new ArrayList<>();
    String pattern = patch.pattern() == null ? current.pattern() : pattern(patch.pattern(), issues);
    MatchType type = patch.matchType() == null ? current.matchType() : matchType(patch.matchType(), issues);
    String category =
        patch.categoryId() == null ? current.categoryId() : category(patch.categoryId(), categoryExists, issues);
    int priority = patch.priority() == null ? current.priority() : priority(patch.priority(), issues);
    throwIfAny(issues);
    return new ValidRule(pattern, type, category, priority);
  }

  private static String pattern(String raw, List<FieldIssue> issues) {
    if (raw == null) {
      issues.add(new FieldIssue("pattern", "is required"));
      return null;
    }
    String pattern = MerchantNames.normalize(raw);
    if (pattern.isEmpty()) {
      issues.add(new FieldIssue("pattern", "must not be blank"));
    } else if (pattern.length() > PATTERN_MAX) {
      issues.add(new FieldIssue("pattern", "must be at most " + PATTERN_MAX + " characters"));
    } else if (CONTROL.matcher(pattern).find()) {
      issues.add(new FieldIssue("pattern", "must not contain control characters"));
    } else {
      return pattern;
    }
    return null;
  }

  private static MatchType matchType(String raw, List<FieldIssue> issues) {
    if (raw == null) {
      issues.add(new FieldIssue("matchType", "is required"));
      return null;
    }
    return MatchType.fromWireName(raw)
        .orElseGet(() -> {
          issues.add(new FieldIssue("matchType", "must be exact, prefix or contains"));
          return null;
        });
  }

  private static String category(String raw, Predicate<String> categoryExists, List<FieldIssue> issues) {
    if (raw == null) {
      issues.add(new FieldIssue("categoryId", "is required"));
      return null;
    }
    if (!categoryExists.test(raw)) {
      issues.add(new FieldIssue("categoryId", "is not one of your categories"));
      return null;
    }
    return raw;
  }

  private static int priority(int raw, List<FieldIssue> issues) {
    if (raw < PRIORITY_MIN || raw > PRIORITY_MAX) {
      issues.add(new FieldIssue("priority", "must be between " + PRIORITY_MIN + " and " + PRIORITY_MAX));
    }
    return raw;
  }

  private static void throwIfAny(List<FieldIssue> issues) {
    if (!issues.isEmpty()) {
      throw new InvalidInputException(issues);
    }
  }
}

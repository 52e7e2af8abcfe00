package com.duskspendr.transactions.categories.control;

import com.duskspendr.platform.failure.DomainException.FieldIssue;
import java.util.List;
import java.util.regex.Pattern;

/** Rules for category names and icon keys; each check adds an issue instead of throwing, so all are reported. */
public final class CategoryInput {

  public static final int NAME_MAX = 50;
  public static final int ICON_MAX = 40;
  private static final Pattern ICON = Pattern.compile("^[a-z0-9_-]{1," + ICON_MAX + "}$");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  private CategoryInput() {}

  /** The trimmed name, or null (with an issue) when it is blank, too long or holds control characters. */
  public static String name(String raw, String field, List<FieldIssue> issues) {
    if (raw == null) {
      issues.add(new FieldIssue(field, "is required"));
      return null;
    }
    String name = raw.strip();
    if (name.isEmpty()) {
      issues.add(new FieldIssue(field, "must not be blank"));
      return null;
    }
    if (name.length() > NAME_MAX) {
      issues.add(new FieldIssue(field, "must be at most " + NAME_MAX + " characters"));
      return null;
    }
    if (CONTROL.matcher(name).find()) {
      issues.add(new FieldIssue(field, "must not contain control characters"));
      return null;
    }
    return name;
  }

  /** The icon key, or null (with an issue) when it is not 1..40 of [a-z0-9_-]. */
  public static String icon(String raw, String field, List<FieldIssue> issues) {
    if (raw == null || !ICON.matcher(raw).matches()) {
      issues.add(new FieldIssue(field, "must be an icon key of 1 to " + ICON_MAX + " characters a-z, 0-9, _ or -"));
      return null;
    }
    return raw;
  }
}

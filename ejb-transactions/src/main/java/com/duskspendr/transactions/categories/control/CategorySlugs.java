package com.duskspendr.transactions.categories.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Category ids. A primary is a lower-case slug ({@code food_and_drink}); a subcategory is its primary, a dot
 * and a detail ({@code food_and_drink.groceries}). A user's own subcategory gets {@code
 * <primary>.<slug of its name>-<6 random characters>}: readable in logs and exports, unique without a
 * database round trip, and stable when the category is renamed later.
 */
public final class CategorySlugs {

  public static final Pattern WELL_FORMED = Pattern.compile("^[a-z][a-z_]*(\\.[a-z0-9][a-z0-9_-]*)?$");
  public static final int MAX_LENGTH = 100;
  static final int NAME_PART_MAX = 30;
  static final int SUFFIX_LENGTH = 6;
  private static final String SUFFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private CategorySlugs() {}

  public static boolean isWellFormed(String id) {
    return id != null && id.length() <= MAX_LENGTH && WELL_FORMED.matcher(id).matches();
  }

  public static boolean isPrimary(String id) {
    return id.indexOf('.') < 0;
  }

  /** The primary a well-formed id belongs to (itself for a primary). */
  public static String primaryOf(String id) {
    int dot = id.indexOf('.');
    return dot < 0 ? id : id.substring(0, dot);
  }

  /** A new id for a user's own subcategory named {@code name} under {@code primary}. */
  public static String newOwnId(String primary, String name, RandomGenerator random) {
    StringBuilder id = new StringBuilder(primary).append('.').append(slugOf(name)).append('-');
    for (int i = 0; i < SUFFIX_LENGTH; i++) {
      id.append(SUFFIX_ALPHABET.charAt(random.nextInt(SUFFIX_ALPHABET.length())));
    }
    return id.toString();
  }

  /** Lower-case ASCII letters and digits joined by underscores ("Bubble Tea!" → "bubble_tea"); "custom" if none. */
  static String slugOf(String name) {
    String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    String slug = NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("_");
    slug = trimUnderscores(slug);
    if (slug.length() > NAME_PART_MAX) {
      slug = trimUnderscores(slug.substring(0, NAME_PART_MAX));
    }
    return slug.isEmpty() ? "custom" : slug;
  }

  private static String trimUnderscores(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && value.charAt(start) == '_') {
      start++;
    }
    while (end > start && value.charAt(end - 1) == '_') {
      end--;
    }
    return value.substring(start, end);
  }
}

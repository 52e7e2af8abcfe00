package com.duskspendr.ml.categorization.control;

/**
 * Which level of the taxonomy a decision filed: the primary category alone ("food_and_drink") when only that was
 * sure enough, or the subcategory ("food_and_drink.coffee").
 */
public enum DecidedLevel {
  PRIMARY,
  DETAILED;

  /** The level a category id stands for: a subcategory id has its primary and a dot in front. */
  public static DecidedLevel of(String categoryId) {
    return categoryId.indexOf('.') < 0 ? PRIMARY : DETAILED;
  }

  /** As the API writes it. */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

package com.duskspendr.transactions.categories.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CategorySlugsTest {

  @Test
  void anOwnIdIsThePrimaryADotTheSlugOfTheNameAndSixRandomCharacters() {
    String id = CategorySlugs.newOwnId("food_and_drink", "Bubble Tea!", new Random(1));
    assertTrue(id.matches("food_and_drink\\.bubble_tea-[a-z0-9]{6}"), id);
    assertTrue(CategorySlugs.isWellFormed(id));
    assertEquals("food_and_drink", CategorySlugs.primaryOf(id));
  }

  @Test
  void twoCategoriesOfTheSameNameGetDifferentIds() {
    var random = new Random(7);
    assertNotEquals(CategorySlugs.newOwnId("travel", "Trips", random), CategorySlugs.newOwnId("travel", "Trips", random));
  }

  @Test
  void slugsAreAsciiAndBounded() {
    assertEquals("cafe_creme", CategorySlugs.slugOf("  Café   Crème "));
    assertEquals("custom", CategorySlugs.slugOf("☕☕"));
    assertEquals(30, CategorySlugs.slugOf("a".repeat(80)).length());
    assertEquals("a_b", CategorySlugs.slugOf("__a -- b__"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Food", "food.", ".groceries", "food..x", "food.a.b", "1food", "food.Groceries", "food.gro ceries"})
  void malformedIdsAreRecognized(String id) {
    assertFalse(CategorySlugs.isWellFormed(id));
  }

  @Test
  void primariesHaveNoDot() {
    assertTrue(CategorySlugs.isPrimary("food_and_drink"));
    assertFalse(CategorySlugs.isPrimary("food_and_drink.coffee"));
    assertFalse(CategorySlugs.isWellFormed("a".repeat(101)));
  }
}

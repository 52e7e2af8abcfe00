package com.duskspendr.transactions.categories.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.transactions.categories.entity.MerchantRule;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RuleMatcherTest {

  private final UUID owner = UUID.randomUUID();

  private MerchantRule rule(String pattern, String type, String category, int priority) {
    return new MerchantRule(UUID.randomUUID(), owner, MerchantNames.normalize(pattern), type, category, priority);
  }

  private static Optional<String> categoryOf(List<MerchantRule> rules, String merchant) {
    return RuleMatcher.bestMatch(rules, merchant).map(MerchantRule::categoryId);
  }

  @Test
  void exactMatchesTheWholeNameOnly() {
    var rules = List.of(rule("Starbucks", "exact", "food_and_drink.coffee", 100));
    assertEquals(Optional.of("food_and_drink.coffee"), categoryOf(rules, "Starbucks"));
    assertEquals(Optional.empty(), categoryOf(rules, "Starbucks Reserve"));
  }

  @Test
  void prefixMatchesTheStartOfTheName() {
    var rules = List.of(rule("uber", "prefix", "transportation.taxis_and_ride_shares", 100));
    assertEquals(Optional.of("transportation.taxis_and_ride_shares"), categoryOf(rules, "UBER *TRIP HELP.UBER.COM"));
    assertEquals(Optional.empty(), categoryOf(rules, "PAYPAL *UBER"));
  }

  @Test
  void containsMatchesAnywhere() {
    var rules = List.of(rule("netflix", "contains", "entertainment.tv_and_movies", 100));
    assertEquals(Optional.of("entertainment.tv_and_movies"), categoryOf(rules, "PAYPAL *NETFLIX.COM"));
    assertEquals(Optional.empty(), categoryOf(rules, "Netfli x"));
  }

  @Test
  void matchingIgnoresCaseAndSurroundingOrRepeatedWhitespace() {
    var rules = List.of(rule("  Whole   Foods ", "exact", "food_and_drink.groceries", 100));
    assertEquals("whole foods", rules.get(0).pattern());
    assertEquals(Optional.of("food_and_drink.groceries"), categoryOf(rules, "WHOLE\tFOODS  "));
    assertEquals(Optional.of("food_and_drink.groceries"), categoryOf(rules, "whole foods"));
  }

  @Test
  void aBlankOrMissingMerchantMatchesNothing() {
    var rules = List.of(rule("a", "contains", "travel", 100));
    assertTrue(categoryOf(rules, "   ").isEmpty());
    assertTrue(categoryOf(rules, null).isEmpty());
  }

  @Test
  void theLowestPriorityNumberWinsWhateverTheMatchType() {
    var rules = List.of(
        rule("amazon", "exact", "general_merchandise.online_marketplaces", 50),
        rule("amaz", "contains", "entertainment.tv_and_movies", 10));
    assertEquals(Optional.of("entertainment.tv_and_movies"), categoryOf(rules, "Amazon"));
  }

  @Test
  void atEqualPriorityExactBeatsPrefixBeatsContains() {
    var contains = rule("shell", "contains", "transportation.gas", 100);
    var prefix = rule("shell", "prefix", "general_merchandise.convenience_stores", 100);
    var exact = rule("shell", "exact", "transportation.other_transportation", 100);
    assertEquals(Optional.of("transportation.other_transportation"), categoryOf(List.of(contains, prefix, exact), "Shell"));
    assertEquals(Optional.of("general_merchandise.convenience_stores"), categoryOf(List.of(contains, prefix, exact), "Shell 123"));
    assertEquals(Optional.of("transportation.gas"), categoryOf(List.of(contains, prefix, exact), "The Shell 123"));
  }

  @Test
  void atEqualPriorityAndTypeTheLongestPatternWins() {
    var rules = List.of(
        rule("apple", "prefix", "general_merchandise.electronics", 100),
        rule("apple.com/bill", "prefix", "entertainment.music_and_audio", 100));
    assertEquals(Optional.of("entertainment.music_and_audio"), categoryOf(rules, "APPLE.COM/BILL 866-712"));
    assertEquals(Optional.of("general_merchandise.electronics"), categoryOf(rules, "Apple Store"));
  }
}

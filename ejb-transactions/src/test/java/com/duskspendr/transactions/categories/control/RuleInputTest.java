package com.duskspendr.transactions.categories.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.duskspendr.transactions.categories.boundary.MatchType;
import com.duskspendr.transactions.categories.boundary.NewRule;
import com.duskspendr.transactions.categories.boundary.RulePatch;
import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.platform.failure.DomainException.FieldIssue;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class RuleInputTest {

  private final Predicate<String> known = id -> id.startsWith("food_and_drink");

  private List<String> fieldsOf(InvalidInputException e) {
    return e.issues().stream().map(FieldIssue::field).toList();
  }

  @Test
  void normalizesThePatternAndDefaultsThePriority() {
    var valid = RuleInput.forCreate(new NewRule("  Blue  Bottle ", "prefix", "food_and_drink.coffee", null), known);
    assertEquals(new RuleInput.ValidRule("blue bottle", MatchType.PREFIX, "food_and_drink.coffee", 100), valid);
  }

  @Test
  void reportsEveryInvalidFieldAtOnce() {
    var thrown = assertThrows(
        InvalidInputException.class, () -> RuleInput.forCreate(new NewRule("   ", "regex", "travel.flights", 1001), known));
    assertEquals(List.of("pattern", "matchType", "categoryId", "priority"), fieldsOf(thrown));
  }

  @Test
  void requiresPatternTypeAndCategory() {
    var thrown = assertThrows(InvalidInputException.class, () -> RuleInput.forCreate(new NewRule(null, null, null, null), known));
    assertEquals(List.of("pattern", "matchType", "categoryId"), fieldsOf(thrown));
  }

  @Test
  void thePatternMayHaveAHundredCharactersAfterNormalizing() {
    String hundred = "a".repeat(100);
    assertEquals(hundred, RuleInput.forCreate(new NewRule("  " + hundred + "  ", "exact", "food_and_drink", 0), known).pattern());
    var thrown = assertThrows(
        InvalidInputException.class, () -> RuleInput.forCreate(new NewRule(hundred + "b", "exact", "food_and_drink", 0), known));
    assertEquals(List.of("pattern"), fieldsOf(thrown));
  }

  @Test
  void anUpdateChangesOnlyThePresentFields() {
    var current = new RuleInput.ValidRule("uber", MatchType.PREFIX, "food_and_drink", 100);
    var updated = RuleInput.forUpdate(new RulePatch(null, "contains", null, 5, 3L), current, known);
    assertEquals(new RuleInput.ValidRule("uber", MatchType.CONTAINS, "food_and_drink", 5), updated);
  }
}

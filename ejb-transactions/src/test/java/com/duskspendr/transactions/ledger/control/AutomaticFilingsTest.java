package com.duskspendr.transactions.ledger.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.transactions.ledger.boundary.AutomaticFiling;
import com.duskspendr.transactions.ledger.boundary.CategorizationStatus;
import com.duskspendr.transactions.ledger.boundary.Suggestion;
import com.duskspendr.transactions.ledger.control.AutomaticFilings.Verdict;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class AutomaticFilingsTest {

  private static final Predicate<String> KNOWN = Set.of("food_and_drink.coffee", "food_and_drink", "travel.taxis")::contains;

  private static final AutomaticFiling BY_MODEL = new AutomaticFiling(
      "food_and_drink.coffee", CategorizationStatus.CATEGORIZED, new BigDecimal("0.91"), "seed-1", List.of());
  private static final List<Suggestion> SUGGESTIONS = List.of(
      new Suggestion("food_and_drink.coffee", new BigDecimal("0.4000")),
      new Suggestion("travel.taxis", new BigDecimal("0.2000")));
  private static final AutomaticFiling UNSURE =
      new AutomaticFiling(null, CategorizationStatus.PENDING, new BigDecimal("0.4"), "seed-1", SUGGESTIONS);

  @Test
  void neverOverwritesTheUsersChoiceOrAnEarlierFiling() {
    assertEquals(Verdict.ALREADY_DECIDED, AutomaticFilings.decide(CategorizationStatus.MANUAL, null, BY_MODEL));
    assertEquals(Verdict.ALREADY_DECIDED, AutomaticFilings.decide(CategorizationStatus.RULE, null, BY_MODEL));
    assertEquals(Verdict.ALREADY_DECIDED, AutomaticFilings.decide(CategorizationStatus.CATEGORIZED, null, BY_MODEL));
    assertEquals(Verdict.ALREADY_DECIDED, AutomaticFilings.decide(CategorizationStatus.MANUAL, null, UNSURE));
  }

  @Test
  void filesAPendingTransaction() {
    assertEquals(Verdict.WRITE, AutomaticFilings.decide(CategorizationStatus.PENDING, null, BY_MODEL));
    assertEquals(Verdict.WRITE, AutomaticFilings.decide(CategorizationStatus.PENDING, null, UNSURE));
  }

  @Test
  void aRedeliveredUnsureFilingChangesNothing() {
    String stored = SuggestionsJson.write(SUGGESTIONS);
    assertEquals(Verdict.ALREADY_DECIDED, AutomaticFilings.decide(CategorizationStatus.PENDING, stored, UNSURE));
    // A filed decision after suggestions (say a rule added meanwhile) still files.
    assertEquals(Verdict.WRITE, AutomaticFilings.decide(CategorizationStatus.PENDING, stored, BY_MODEL));
  }

  @Test
  void refusesManualAndIncompleteFilings() {
    InvalidInputException manual = assertThrows(InvalidInputException.class, () -> AutomaticFilings.validate(
        new AutomaticFiling("food_and_drink.coffee", CategorizationStatus.MANUAL, null, null, List.of()), KNOWN));
    assertEquals("status", manual.issues().get(0).field());

    InvalidInputException noCategory = assertThrows(InvalidInputException.class, () -> AutomaticFilings.validate(
        new AutomaticFiling(null, CategorizationStatus.RULE, null, null, List.of()), KNOWN));
    assertEquals("categoryId", noCategory.issues().get(0).field());

    InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> AutomaticFilings.validate(
        new AutomaticFiling("nope.nope", CategorizationStatus.CATEGORIZED, new BigDecimal("1.5"), "v", List.of(
            new Suggestion("nope", new BigDecimal("0.1")))), KNOWN));
    assertEquals(
        List.of("categoryId", "confidence", "suggestions[0].categoryId"),
        unknown.issues().stream().map(i -> i.field()).toList());
  }

  @Test
  void acceptsWellFormedFilings() {
    AutomaticFilings.validate(BY_MODEL, KNOWN);
    AutomaticFilings.validate(UNSURE, KNOWN);
    AutomaticFilings.validate(new AutomaticFiling("food_and_drink", CategorizationStatus.RULE, null, null, null), KNOWN);
    assertTrue(true);
  }

  @Test
  void suggestionsRoundTripThroughTheirStoredForm() {
    assertEquals(SUGGESTIONS, SuggestionsJson.read(SuggestionsJson.write(SUGGESTIONS)));
    assertEquals(null, SuggestionsJson.write(List.of()));
    assertEquals(List.of(), SuggestionsJson.read(null));
  }
}

package com.duskspendr.ml.categorization.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.ml.categorization.control.DecisionOrder.ModelAnswer;
import com.duskspendr.ml.classifier.control.Prediction;
import com.duskspendr.ml.classifier.control.ScoredCategory;
import com.duskspendr.transactions.categories.boundary.MatchType;
import com.duskspendr.transactions.categories.boundary.RuleMatch;
import com.duskspendr.transactions.ledger.boundary.AutomaticFiling;
import com.duskspendr.transactions.ledger.boundary.CategorizationStatus;
import com.duskspendr.transactions.ledger.boundary.CorrectionHistory.PastCorrection;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class DecisionOrderTest {

  private static final DecisionOrder ORDER = new DecisionOrder(0.6, 3);
  private static final Predicate<String> EVERY_CATEGORY = id -> true;

  private static final RuleMatch RULE =
      new RuleMatch(UUID.randomUUID(), MatchType.CONTAINS, "starbucks", "food_and_drink.coffee");
  private static final PastCorrection CORRECTION = new PastCorrection(
      UUID.randomUUID(), "entertainment.music", OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC));

  private static Supplier<Optional<ModelAnswer>> model(ScoredCategory... ranked) {
    return () -> Optional.of(new ModelAnswer("seed-test", new Prediction(List.of(ranked), List.of("w:starbucks", "c3:buc"))));
  }

  private static final Supplier<Optional<ModelAnswer>> CONFIDENT =
      model(new ScoredCategory("travel.taxis", 0.95), new ScoredCategory("food_and_drink.coffee", 0.03));

  @Test
  void theUsersRuleBeatsTheirCorrectionAndTheModel() {
    AtomicInteger modelAsked = new AtomicInteger();
    Decision d = ORDER.decide(Optional.of(RULE), Optional.of(CORRECTION), () -> {
      modelAsked.incrementAndGet();
      return CONFIDENT.get();
    }, EVERY_CATEGORY);

    assertEquals("food_and_drink.coffee", d.categoryId());
    assertEquals(CategorizationStatus.RULE, d.status());
    assertEquals(Explanation.RULE, d.explanation().signal());
    assertEquals(RULE.ruleId().toString(), d.explanation().ruleId());
    assertEquals("starbucks", d.explanation().pattern());
    assertTrue(d.explanation().summary().contains("starbucks"));
    assertEquals(0, modelAsked.get(), "the model is not even asked");
  }

  @Test
  void theUsersCorrectionBeatsTheModel() {
    Decision d = ORDER.decide(Optional.empty(), Optional.of(CORRECTION), CONFIDENT, EVERY_CATEGORY);

    assertEquals("entertainment.music", d.categoryId());
    assertEquals(CategorizationStatus.RULE, d.status(), "a correction files like a rule: the user's own wish");
    assertEquals(Explanation.CORRECTION, d.explanation().signal());
    assertEquals(CORRECTION.correctedAt(), d.explanation().correctedAt());
    assertNull(d.modelVersion());
  }

  @Test
  void theModelDecidesAtOrAboveTheThreshold() {
    Decision d = ORDER.decide(Optional.empty(), Optional.empty(), CONFIDENT, EVERY_CATEGORY);

    assertEquals("travel.taxis", d.categoryId());
    assertEquals(CategorizationStatus.CATEGORIZED, d.status());
    assertEquals(0.95, d.confidence());
    assertEquals("seed-test", d.modelVersion());
    assertEquals(Explanation.MODEL, d.explanation().signal());
    assertEquals(List.of("w:starbucks", "c3:buc"), d.explanation().features());
    assertEquals(List.of(new ScoredCategory("food_and_drink.coffee", 0.03)), d.alternatives());

    Decision exactly = ORDER.decide(
        Optional.empty(), Optional.empty(), model(new ScoredCategory("travel.taxis", 0.6)), EVERY_CATEGORY);
    assertEquals(CategorizationStatus.CATEGORIZED, exactly.status(), "the threshold itself is sure enough");
  }

  @Test
  void belowTheThresholdItStaysPendingWithTheTopThree() {
    Decision d = ORDER.decide(Optional.empty(), Optional.empty(), model(
        new ScoredCategory("food_and_drink.coffee", 0.41),
        new ScoredCategory("food_and_drink.restaurant", 0.30),
        new ScoredCategory("food_and_drink.fast_food", 0.20),
        new ScoredCategory("general_merchandise.other", 0.09)), EVERY_CATEGORY);

    assertNull(d.categoryId());
    assertEquals(CategorizationStatus.PENDING, d.status());
    assertEquals(
        List.of("food_and_drink.coffee", "food_and_drink.restaurant", "food_and_drink.fast_food"),
        d.alternatives().stream().map(ScoredCategory::category).toList());

    AutomaticFiling filing = d.toFiling();
    assertEquals(CategorizationStatus.PENDING, filing.status());
    assertEquals(3, filing.suggestions().size());
    assertEquals(new BigDecimal("0.4100"), filing.suggestions().get(0).confidence());
    assertEquals("seed-test", filing.modelVersion());
  }

  @Test
  void aRuleOrCorrectionIntoADeletedCategoryFallsThrough() {
    Predicate<String> onlyTaxis = Set.of("travel.taxis")::contains;
    Decision d = ORDER.decide(Optional.of(RULE), Optional.of(CORRECTION), CONFIDENT, onlyTaxis);
    assertEquals("travel.taxis", d.categoryId());
    assertEquals(CategorizationStatus.CATEGORIZED, d.status());
  }

  @Test
  void withoutAModelItStaysPendingWithoutSuggestions() {
    Decision d = ORDER.decide(Optional.empty(), Optional.empty(), Optional::empty, EVERY_CATEGORY);
    assertEquals(CategorizationStatus.PENDING, d.status());
    assertTrue(d.alternatives().isEmpty());
    assertEquals(Explanation.NONE, d.explanation().signal());
  }

  @Test
  void rulesAndCorrectionsAreStoredWithoutConfidenceOrModel() {
    AutomaticFiling filing = ORDER.decide(Optional.of(RULE), Optional.empty(), CONFIDENT, EVERY_CATEGORY).toFiling();
    assertEquals(CategorizationStatus.RULE, filing.status());
    assertNull(filing.confidence());
    assertNull(filing.modelVersion());
    assertTrue(filing.suggestions().isEmpty());

    AutomaticFiling byModel = ORDER.decide(Optional.empty(), Optional.empty(), CONFIDENT, EVERY_CATEGORY).toFiling();
    assertEquals(new BigDecimal("0.9500"), byModel.confidence());
    assertFalse(byModel.suggestions().iterator().hasNext(), "suggestions only while pending");
  }
}

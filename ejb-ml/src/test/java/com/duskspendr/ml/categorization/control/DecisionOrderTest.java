package com.duskspendr.ml.categorization.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.ml.categorization.control.DecisionOrder.KnownAnswer;
import com.duskspendr.ml.categorization.control.DecisionOrder.ModelAnswer;
import com.duskspendr.ml.classifier.control.Calibration;
import com.duskspendr.ml.classifier.control.KnownMerchants.KnownMerchant;
import com.duskspendr.ml.classifier.control.PrecisionCurve;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class DecisionOrderTest {

  /** Without development data the thresholds are the target itself: 0.9 at both levels. */
  private static final DecisionOrder ORDER = new DecisionOrder(0.9, 3, 0.97);
  private static final Predicate<String> EVERY_CATEGORY = id -> true;

  private static final RuleMatch RULE =
      new RuleMatch(UUID.randomUUID(), MatchType.CONTAINS, "starbucks", "food_and_drink.coffee");
  private static final PastCorrection CORRECTION = new PastCorrection(
      UUID.randomUUID(), "entertainment.music", OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC));
  private static final Supplier<Optional<KnownAnswer>> UNKNOWN = Optional::empty;
  private static final Supplier<Optional<KnownAnswer>> STARBUCKS =
      () -> Optional.of(new KnownAnswer("2026.12.1", new KnownMerchant("starbucks", "food_and_drink.coffee")));

  private static Supplier<Optional<ModelAnswer>> model(ScoredCategory... ranked) {
    return () -> Optional.of(new ModelAnswer("seed-test", new Prediction(List.of(ranked), List.of("w:starbucks", "c3:buc"))));
  }

  private static final Supplier<Optional<ModelAnswer>> CONFIDENT =
      model(new ScoredCategory("travel.taxis", 0.95), new ScoredCategory("food_and_drink.coffee", 0.03),
          new ScoredCategory("travel.flights", 0.02));

  private static Decision decide(Supplier<Optional<ModelAnswer>> model) {
    return ORDER.decide(Optional.empty(), Optional.empty(), UNKNOWN, model, EVERY_CATEGORY);
  }

  @Test
  void theUsersRuleBeatsTheirCorrectionTheDictionaryAndTheModel() {
    AtomicInteger asked = new AtomicInteger();
    Decision d = ORDER.decide(Optional.of(RULE), Optional.of(CORRECTION), () -> {
      asked.incrementAndGet();
      return STARBUCKS.get();
    }, () -> {
      asked.incrementAndGet();
      return CONFIDENT.get();
    }, EVERY_CATEGORY);

    assertEquals("food_and_drink.coffee", d.categoryId());
    assertEquals(CategorizationStatus.RULE, d.status());
    assertEquals(DecidedLevel.DETAILED, d.decidedLevel());
    assertEquals(Explanation.RULE, d.explanation().signal());
    assertEquals(RULE.ruleId().toString(), d.explanation().ruleId());
    assertEquals("starbucks", d.explanation().pattern());
    assertTrue(d.explanation().summary().contains("starbucks"));
    assertEquals(0, asked.get(), "neither the dictionary nor the model is asked");
  }

  @Test
  void theUsersCorrectionBeatsTheDictionaryAndTheModel() {
    Decision d = ORDER.decide(Optional.empty(), Optional.of(CORRECTION), STARBUCKS, CONFIDENT, EVERY_CATEGORY);

    assertEquals("entertainment.music", d.categoryId());
    assertEquals(CategorizationStatus.RULE, d.status(), "a correction files like a rule: the user's own wish");
    assertEquals(Explanation.CORRECTION, d.explanation().signal());
    assertEquals(CORRECTION.correctedAt(), d.explanation().correctedAt());
    assertNull(d.modelVersion());
  }

  @Test
  void aKnownMerchantIsFiledWithoutAskingTheModel() {
    AtomicInteger modelAsked = new AtomicInteger();
    Decision d = ORDER.decide(Optional.empty(), Optional.empty(), STARBUCKS, () -> {
      modelAsked.incrementAndGet();
      return CONFIDENT.get();
    }, EVERY_CATEGORY);

    assertEquals("food_and_drink.coffee", d.categoryId());
    assertEquals(CategorizationStatus.CATEGORIZED, d.status());
    assertEquals(DecidedLevel.DETAILED, d.decidedLevel());
    assertEquals(0.97, d.confidence());
    assertEquals("merchants-2026.12.1", d.modelVersion());
    assertEquals(Explanation.KNOWN_MERCHANT, d.explanation().signal());
    assertTrue(d.explanation().summary().contains("starbucks"));
    assertEquals(0, modelAsked.get());
  }

  @Test
  void aKnownMerchantWhoseSubcategoryIsGoneFilesItsPrimaryAndOtherwiseFallsThrough() {
    Decision primary = ORDER.decide(Optional.empty(), Optional.empty(), STARBUCKS, CONFIDENT,
        Set.of("food_and_drink", "travel", "travel.taxis")::contains);
    assertEquals("food_and_drink", primary.categoryId());
    assertEquals(DecidedLevel.PRIMARY, primary.decidedLevel());

    Decision model = ORDER.decide(Optional.empty(), Optional.empty(), STARBUCKS, CONFIDENT,
        Set.of("travel", "travel.taxis")::contains);
    assertEquals("travel.taxis", model.categoryId());
    assertEquals(Explanation.MODEL, model.explanation().signal());
  }

  @Test
  void theModelFilesTheSubcategoryWhenItIsSureOfIt() {
    Decision d = decide(CONFIDENT);

    assertEquals("travel.taxis", d.categoryId());
    assertEquals(CategorizationStatus.CATEGORIZED, d.status());
    assertEquals(DecidedLevel.DETAILED, d.decidedLevel());
    assertEquals(0.95, d.confidence(), 1e-9);
    assertEquals("seed-test", d.modelVersion());
    assertEquals(Explanation.MODEL, d.explanation().signal());
    assertEquals(List.of("w:starbucks", "c3:buc"), d.explanation().features());
    assertEquals(List.of("food_and_drink.coffee", "travel.flights"),
        d.alternatives().stream().map(ScoredCategory::category).toList());
  }

  @Test
  void sureOfThePrimaryButNotOfTheSubcategoryFilesThePrimary() {
    Decision d = decide(model(
        new ScoredCategory("food_and_drink.coffee", 0.50),
        new ScoredCategory("food_and_drink.restaurant", 0.45),
        new ScoredCategory("general_merchandise.other", 0.05)));

    assertEquals("food_and_drink", d.categoryId(), "0.50 + 0.45 of food reaches 0.9; coffee alone does not");
    assertEquals(DecidedLevel.PRIMARY, d.decidedLevel());
    assertEquals(CategorizationStatus.CATEGORIZED, d.status());
    assertEquals(0.95, d.confidence(), 1e-9);
    assertTrue(d.explanation().summary().contains("food_and_drink"), d.explanation().summary());
  }

  @Test
  void belowThePrimaryThresholdItStaysPendingWithTheTopThree() {
    Decision d = decide(model(
        new ScoredCategory("food_and_drink.coffee", 0.41),
        new ScoredCategory("food_and_drink.restaurant", 0.30),
        new ScoredCategory("general_merchandise.other", 0.20),
        new ScoredCategory("food_and_drink.fast_food", 0.09)));

    assertNull(d.categoryId());
    assertNull(d.decidedLevel());
    assertEquals(CategorizationStatus.PENDING, d.status());
    assertEquals(0.80, d.confidence(), 1e-9, "the best primary's confidence");
    assertEquals(
        List.of("food_and_drink.coffee", "food_and_drink.restaurant", "general_merchandise.other"),
        d.alternatives().stream().map(ScoredCategory::category).toList());

    AutomaticFiling filing = d.toFiling();
    assertEquals(CategorizationStatus.PENDING, filing.status());
    assertEquals(3, filing.suggestions().size());
    assertEquals(new BigDecimal("0.4100"), filing.suggestions().get(0).confidence());
    assertEquals("seed-test", filing.modelVersion());
  }

  @Test
  void theThresholdFollowsTheDevelopmentSetsPrecisionNotAFixedConfidence() {
    // Twelve development lines at 0.7 or above, all right, two wrong ones at 0.6: 0.7 meets the 0.9 target there.
    List<PrecisionCurve.Point> points = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      points.add(new PrecisionCurve.Point(0.7 + i * 0.02, true));
    }
    points.add(new PrecisionCurve.Point(0.6, false));
    points.add(new PrecisionCurve.Point(0.6, false));
    Calibration calibration = new Calibration(1.0, new PrecisionCurve(points), PrecisionCurve.empty());
    Supplier<Optional<ModelAnswer>> answer = () -> Optional.of(new ModelAnswer("seed-test", new Prediction(List.of(
        new ScoredCategory("food_and_drink.coffee", 0.75), new ScoredCategory("travel.taxis", 0.25)), List.of()),
        calibration));

    Decision d = decide(answer);
    assertEquals("food_and_drink", d.categoryId(), "0.75 is below the target 0.9, above the measured 0.7");
    assertEquals(DecidedLevel.PRIMARY, d.decidedLevel(), "no detailed data: the detailed threshold stays 0.9");

    Decision uncalibrated = decide(model(new ScoredCategory("food_and_drink.coffee", 0.75),
        new ScoredCategory("travel.taxis", 0.25)));
    assertEquals(CategorizationStatus.PENDING, uncalibrated.status());
  }

  @Test
  void aRuleOrCorrectionIntoADeletedCategoryFallsThrough() {
    Predicate<String> onlyTaxis = Set.of("travel", "travel.taxis")::contains;
    Decision d = ORDER.decide(Optional.of(RULE), Optional.of(CORRECTION), UNKNOWN, CONFIDENT, onlyTaxis);
    assertEquals("travel.taxis", d.categoryId());
    assertEquals(CategorizationStatus.CATEGORIZED, d.status());
  }

  @Test
  void withoutAModelItStaysPendingWithoutSuggestions() {
    Decision d = decide(Optional::empty);
    assertEquals(CategorizationStatus.PENDING, d.status());
    assertTrue(d.alternatives().isEmpty());
    assertEquals(Explanation.NONE, d.explanation().signal());
  }

  @Test
  void rulesAndCorrectionsAreStoredWithoutConfidenceOrModel() {
    AutomaticFiling filing =
        ORDER.decide(Optional.of(RULE), Optional.empty(), UNKNOWN, CONFIDENT, EVERY_CATEGORY).toFiling();
    assertEquals(CategorizationStatus.RULE, filing.status());
    assertNull(filing.confidence());
    assertNull(filing.modelVersion());
    assertTrue(filing.suggestions().isEmpty());

    AutomaticFiling byModel = decide(CONFIDENT).toFiling();
    assertEquals(new BigDecimal("0.9500"), byModel.confidence());
    assertFalse(byModel.suggestions().iterator().hasNext(), "suggestions only while pending");
  }
}

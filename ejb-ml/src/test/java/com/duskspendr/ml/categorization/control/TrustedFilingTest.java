package com.duskspendr.ml.categorization.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.ml.categorization.control.DecisionOrder.KnownAnswer;
import com.duskspendr.ml.categorization.control.DecisionOrder.ModelAnswer;
import com.duskspendr.ml.classifier.control.BootstrapModel;
import com.duskspendr.ml.classifier.control.KnownMerchants;
import com.duskspendr.ml.classifier.control.ScoredCategory;
import com.duskspendr.ml.classifier.control.TransactionText;
import com.duskspendr.ml.models.control.CategoryModel;
import com.duskspendr.ml.models.control.ClassifierModel;
import com.duskspendr.transactions.ledger.boundary.CategorizationStatus;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lines of issue 19 as a new user meets them: the bootstrap model with its development-set calibration, the
 * known-merchant dictionary, the default precision target, no rules and no corrections. Each must be filed (not left
 * pending) under the right primary category.
 */
class TrustedFilingTest {

  private static final DecisionOrder ORDER = new DecisionOrder(0.95, 3, 0.97);
  private static CategoryModel model;

  @BeforeAll
  static void loadTheBootstrapModel() {
    model = ClassifierModel.load(BootstrapModel.get().bytes());
  }

  private static Decision decide(String merchant, String amount) {
    TransactionText text = new TransactionText(merchant, null, new BigDecimal(amount));
    KnownMerchants known = KnownMerchants.standard();
    return ORDER.decide(Optional.empty(), Optional.empty(),
        () -> known.lookup(text).map(m -> new KnownAnswer(known.version(), m)),
        () -> Optional.of(new ModelAnswer("seed", model.predict(text), model.calibration())),
        id -> true);
  }

  @ParameterizedTest(name = "{0} → {2}")
  @CsvSource(delimiter = '|', value = {
      "STARBUCKS #04417 SEATTLE WA | -25.00   | food_and_drink",
      "SQ *BLUE BOTTLE COFFEE      | -25.00   | food_and_drink",
      "AMZN Mktp US*2K3            | -25.00   | general_merchandise",
      "UBER *TRIP                  | -25.00   | transportation",
      "NETFLIX.COM                 | -15.49   | entertainment",
      "SHELL OIL 5744              | -25.00   | transportation",
      "PAYROLL DEPOSIT ACME INC    | 2800.00  | income",
      "Miete Dezember              | -950.00  | rent_and_utilities",
      "Electric bill               | -25.00   | rent_and_utilities",
      "永辉超市                     | -25.00   | food_and_drink",
  })
  void isFiledUnderTheRightPrimaryCategory(String merchant, String amount, String primary) {
    Decision d = decide(merchant, amount);
    assertEquals(CategorizationStatus.CATEGORIZED, d.status(), () -> merchant + " stayed pending: " + d.explanation().summary());
    assertEquals(primary, new ScoredCategory(d.categoryId(), 0).primary(), () -> merchant + ": " + d.explanation().summary());
  }

  @Test
  void aBlueBottleCoffeeIsTheCafeNotTheLiquorStore() {
    Decision d = decide("SQ *BLUE BOTTLE COFFEE", "-25.00");
    assertEquals("food_and_drink.coffee", d.categoryId());
    assertEquals(Explanation.KNOWN_MERCHANT, d.explanation().signal());
  }

  @Test
  void aReviewedBankPhraseIsKnownAndSaysWhichLevelWasDecided() {
    Decision d = decide("Electric bill", "-25.00");
    assertEquals("rent_and_utilities.gas_and_electricity", d.categoryId());
    assertEquals(DecidedLevel.DETAILED, d.decidedLevel());
    assertTrue(d.explanation().summary().contains("bank phrase"), d.explanation().summary());
  }

  @Test
  void aShopTypeWordAnywhereInTheLineIsKnown() {
    Decision d = decide("Thai restaurant", "-32.00");
    assertEquals("food_and_drink.restaurant", d.categoryId());
    assertEquals(Explanation.KNOWN_MERCHANT, d.explanation().signal());
    assertTrue(d.explanation().summary().contains("shop or bill word"), d.explanation().summary());
  }

  @Test
  void aLineNoDictionaryKnowsIsTheModelsAndStillFiledAtSomeLevel() {
    Decision d = decide("Pho Saigon Noodle House", "-32.00");
    assertEquals(Explanation.MODEL, d.explanation().signal());
    String best = d.categoryId() != null ? d.categoryId() : d.alternatives().get(0).category();
    assertEquals("food_and_drink", new ScoredCategory(best, 0).primary(), d.explanation().summary());
  }
}

package com.duskspendr.ml.classifier.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.ml.classifier.control.KnownMerchants.KnownMerchant;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KnownMerchantsTest {

  private static Optional<KnownMerchant> lookup(KnownMerchants known, String merchant) {
    return known.lookup(new TransactionText(merchant, null, new BigDecimal("-10.00")));
  }

  @Test
  void theLongestKnownPrefixOfTheNormalizedMerchantWins() {
    KnownMerchants known = KnownMerchants.of(List.of(
        new String[] {"Blue Bottle Coffee", "food_and_drink.coffee"},
        new String[] {"Blue Bottle Liquors", "food_and_drink.beer_wine_and_liquor"},
        new String[] {"Shell", "transportation.gas"}), "test");

    assertEquals("food_and_drink.coffee", lookup(known, "SQ *BLUE BOTTLE COFFEE").orElseThrow().category());
    assertEquals("transportation.gas", lookup(known, "SHELL OIL 5744").orElseThrow().category());
    assertEquals("shell", lookup(known, "POS 4417 SHELL #12 AUSTIN TX").orElseThrow().brand());
    assertTrue(lookup(known, "BLUE HORIZON TRAVEL").isEmpty());
    assertTrue(lookup(known, "OIL SHELL").isEmpty(), "only a prefix counts");
  }

  @Test
  void shortBrandsAnswerOnlyAsTheWholeMerchantAndBanksNever() {
    KnownMerchants known = KnownMerchants.of(List.of(
        new String[] {"CCC", "general_merchandise.clothing_and_accessories"},
        new String[] {"Capital One", "transfer_out.withdrawal"}), "test");

    assertEquals("general_merchandise.clothing_and_accessories", lookup(known, "CCC").orElseThrow().category());
    assertTrue(lookup(known, "CCC -XXX : I-BANK").isEmpty());
    assertTrue(lookup(known, "CAPITAL ONE AUTOPAY PYMT").isEmpty());
    assertTrue(lookup(known, "Capital One").isEmpty());
  }

  @Test
  void namesThatNormalizeAlikeButDisagreeOnThePrimaryAreDropped() {
    KnownMerchants known = KnownMerchants.of(List.of(
        new String[] {"Target", "general_merchandise.superstores"},
        new String[] {"TARGET", "travel.other_travel"},
        new String[] {"Aldi Süd", "food_and_drink.groceries"},
        new String[] {"ALDI SUED", "food_and_drink.groceries"}), "test");

    assertTrue(lookup(known, "TARGET T2767 OAKLAND").isEmpty());
    assertEquals("food_and_drink.groceries", lookup(known, "ALDI SUED 123").orElseThrow().category());
    assertEquals(1, known.size());
  }

  @Test
  void theShippedDictionaryKnowsBrandsInEveryScriptAndNoGenericWords() {
    KnownMerchants known = KnownMerchants.standard();
    assertTrue(known.size() > 10_000, "size " + known.size());
    assertEquals("food_and_drink.coffee", lookup(known, "STARBUCKS #04417 SEATTLE WA").orElseThrow().category());
    assertEquals("food_and_drink.groceries", lookup(known, "永辉超市").orElseThrow().category());
    assertTrue(lookup(known, "Supermarket").isEmpty(), "a generic word is no brand");
    KnownMerchant rent = lookup(known, "Miete Dezember").orElseThrow();
    assertEquals("rent_and_utilities.rent", rent.category());
    assertTrue(rent.phrase(), "one of our reviewed bank phrases");
    assertEquals("income.wages", known.lookup(new TransactionText("PAYROLL DEPOSIT ACME INC", null,
        new BigDecimal("2800.00"))).orElseThrow().category());
    assertTrue(lookup(known, "PAYROLL DEPOSIT ACME INC").isEmpty(), "payroll going out is not income");
    assertTrue(lookup(known, "DON QUIJOTE TAPAS").isEmpty(), "the three-letter phrase \"don\" only as a whole line");
  }

  @Test
  void aPhraseAnswersOnlyForAmountsOfItsSign() {
    KnownMerchants known = KnownMerchants.of(List.of(
        new String[] {"dauerauftrag", "transfer_out.account_transfer", "phrase-"},
        new String[] {"salary", "income.wages", "phrase+"}), "test");
    assertEquals("transfer_out.account_transfer",
        known.lookup(new TransactionText("DAUERAUFTRAG J SMITH", null, new BigDecimal("-100.00"))).orElseThrow().category());
    assertTrue(known.lookup(new TransactionText("DAUERAUFTRAG J SMITH", null, new BigDecimal("100.00"))).isEmpty());
    assertTrue(known.lookup(new TransactionText("SALARY ADVANCE REPAYMENT", null, new BigDecimal("-50.00"))).isEmpty());
    assertEquals("income.wages",
        known.lookup(new TransactionText("SALARY ACME", null, null)).orElseThrow().category(), "no amount, no test");
  }

  @Test
  void aBanksCashMachinesAreLeftOutButTheWithdrawalPhrasesStay() {
    KnownMerchants known = KnownMerchants.of(List.of(
        new String[] {"Sparkasse", "transfer_out.withdrawal", "brand"},
        new String[] {"atm withdrawal", "transfer_out.withdrawal", "phrase-"}), "test");
    assertTrue(lookup(known, "SPARKASSE KOELN").isEmpty());
    assertEquals("transfer_out.withdrawal", lookup(known, "ATM WITHDRAWAL 1234 MAIN ST").orElseThrow().category());
  }
}

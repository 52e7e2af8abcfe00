package com.duskspendr.ml.classifier.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.ml.classifier.control.KnownMerchants.Kind;
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
    assertEquals(Kind.WORD, lookup(known, "Supermarket").orElseThrow().kind(),
        "a generic word is no brand, but one of our reviewed shop-type words");
    assertEquals("travel.flights", lookup(known, "United Airlines").orElseThrow().category(),
        "an airline chain keeps its own category, not the fuel brand \"United\" its name starts with");
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

  @Test
  void insideALineOnlyPhrasesAndBrandsOfSeveralWordsAnswer() {
    KnownMerchants known = KnownMerchants.of(List.of(
        new String[] {"electric bill", "rent_and_utilities.gas_and_electricity", "phrase-"},
        new String[] {"AMZN Mktp", "general_merchandise.online_marketplaces"},
        new String[] {"Acme", "food_and_drink.groceries"},
        new String[] {"automatic withdrawal", "transfer_out.withdrawal", "phrase-"}), "test");

    KnownMerchant bill = lookup(known, "AUTOMATIC WITHDRAWAL, ELECTRIC BILL").orElseThrow();
    assertEquals("transfer_out.withdrawal", bill.category(), "what the line starts with comes first");
    assertEquals("rent_and_utilities.gas_and_electricity",
        lookup(known, "PREAUTHORIZED DEBIT ELECTRIC BILL").orElseThrow().category());
    assertEquals("general_merchandise.online_marketplaces",
        known.lookup(new TransactionText("Devolucion Tarjeta AMZN Mktp ES", null, new BigDecimal("1.37")))
            .orElseThrow().category(), "a brand of two words inside the line, whatever the sign");
    assertEquals("rent_and_utilities.gas_and_electricity", known.lookup(new TransactionText("Vattenfall",
        "A012345 electric bill Jan", new BigDecimal("-47.00"))).orElseThrow().category(), "or in the description");
    assertTrue(lookup(known, "Tom Acme Mortgage").isEmpty(), "a one-word brand only at the start");
    assertEquals(Kind.BRAND, lookup(known, "Acme Markets 123").orElseThrow().kind());
  }

  @Test
  void aMerchantCategoryCodeInTheLineAnswersWhenNoNameDoes() {
    KnownMerchants known = KnownMerchants.of(List.<String[]>of(
        new String[] {"Starbucks", "food_and_drink.coffee"}), "test");

    KnownMerchant code = lookup(known, "Kwekkeboom P3 >AMSTERDAM 2.01.2019 12U10 KV006 86B022 MCC:5814 Contactloze")
        .orElseThrow();
    assertEquals("food_and_drink.fast_food", code.category());
    assertEquals(Kind.MERCHANT_CATEGORY_CODE, code.kind());
    assertEquals("MCC 5814", code.brand());
    assertEquals("food_and_drink.coffee", lookup(known, "Starbucks 272429 >Utrecht MCC:5812").orElseThrow().category(),
        "a known brand is more specific than its code");
    assertTrue(lookup(known, "Kwekkeboom 5814").isEmpty(), "a bare number is no code");
  }

  @Test
  void aWordNamesItsCategoryAnywhereInsideCjkNamesTooAndOutranksAOneWordBrand() {
    KnownMerchants known = KnownMerchants.of(List.of(
        new String[] {"grocery store", "food_and_drink.groceries", "word-"},
        new String[] {"超市", "food_and_drink.groceries", "word-"},
        new String[] {"마트", "food_and_drink.groceries", "word-"},
        new String[] {"mortgage", "loan_payments.mortgage_payment", "word-"},
        new String[] {"Acme", "food_and_drink.groceries"},
        new String[] {"Aldi", "food_and_drink.groceries"}), "test");

    KnownMerchant grocery = lookup(known, "Organic Grocery Store 12").orElseThrow();
    assertEquals("food_and_drink.groceries", grocery.category());
    assertEquals(Kind.WORD, grocery.kind());
    assertEquals("food_and_drink.groceries", lookup(known, "上海超市").orElseThrow().category(), "inside a CJK token");
    assertEquals("food_and_drink.groceries", known.lookup(new TransactionText("부산마트", null, new BigDecimal("8.25")))
        .orElseThrow().category(), "a word whatever the sign: a refund is filed where the purchase was");
    assertEquals("loan_payments.mortgage_payment", lookup(known, "Acme Mortgage").orElseThrow().category(),
        "a one-word brand yields to a word of another category");
    assertEquals(Kind.BRAND, lookup(known, "Aldi Grocery Store").orElseThrow().kind(), "of its own category it stays");
  }

  @Test
  void aTransferWordIsATransferInOrOutByTheAmountsSign() {
    KnownMerchants known = KnownMerchants.of(List.of(
        new String[] {"virement", "transfer_in.account_transfer", "word+"},
        new String[] {"virement", "transfer_out.account_transfer", "word-"},
        new String[] {"transfer fee", "bank_fees.other_bank_fees", "word-"},
        new String[] {"transfer", "transfer_in.account_transfer", "word+"},
        new String[] {"transfer", "transfer_out.account_transfer", "word-"}), "test");

    assertEquals("transfer_out.account_transfer", lookup(known, "Virement A 89273829182").orElseThrow().category());
    assertEquals("transfer_in.account_transfer", known.lookup(new TransactionText("Compte courant", "Credit Transfer",
        new BigDecimal("328.00"))).orElseThrow().category());
    assertEquals("bank_fees.other_bank_fees", lookup(known, "INTL TRANSFER FEE").orElseThrow().category(),
        "the longer word wins");
    assertTrue(known.lookup(new TransactionText("Virement 78934567889", null, null)).isEmpty(), "no amount, no side");
  }
}

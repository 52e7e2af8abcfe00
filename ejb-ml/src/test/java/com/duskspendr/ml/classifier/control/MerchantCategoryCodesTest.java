package com.duskspendr.ml.classifier.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class MerchantCategoryCodesTest {

  @Test
  void rangesAndSingleCodesMapInOrderFirstMatchWinning() {
    MerchantCategoryCodes codes = MerchantCategoryCodes.of(List.of(
        "osm\tamenity/cafe\tfood_and_drink.coffee",
        "mcc\t5811-5812\tfood_and_drink.restaurant",
        "mcc\t5812\tfood_and_drink.coffee",
        "mcc\t5541\ttransportation.gas"));
    assertEquals("food_and_drink.restaurant", codes.categoryOf(5811).orElseThrow());
    assertEquals("food_and_drink.restaurant", codes.categoryOf(5812).orElseThrow(), "first match wins");
    assertEquals("transportation.gas", codes.categoryOf(5541).orElseThrow());
    assertTrue(codes.categoryOf(5999).isEmpty());
  }

  @Test
  void aCodeCountsInTextOnlyWithItsLabel() {
    assertEquals(OptionalInt.of(5812), MerchantCategoryCodes.inText("Starbucks 272429 >Utrecht MCC:5812 Contactloze"));
    assertEquals(OptionalInt.of(5411), MerchantCategoryCodes.inText("REWE mcc 5411"));
    assertEquals(OptionalInt.of(4121), MerchantCategoryCodes.inText("UBER MCC=4121"));
    assertTrue(MerchantCategoryCodes.inText("SHELL OIL 5744").isEmpty());
    assertTrue(MerchantCategoryCodes.inText("MCC:58120").isEmpty(), "five digits are no code");
    assertTrue(MerchantCategoryCodes.inText("XMCC:5812").isEmpty(), "part of a longer word");
    assertTrue(MerchantCategoryCodes.inText(null).isEmpty());
  }

  @Test
  void theShippedMappingCoversTheCommonCardCodes() {
    MerchantCategoryCodes codes = MerchantCategoryCodes.standard();
    assertEquals("food_and_drink.groceries", codes.categoryOf(5411).orElseThrow());
    assertEquals("transportation.gas", codes.categoryOf(5541).orElseThrow());
    assertEquals("food_and_drink.fast_food", codes.categoryOf(5814).orElseThrow());
  }
}

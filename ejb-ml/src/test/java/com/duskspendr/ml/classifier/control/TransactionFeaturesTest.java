package com.duskspendr.ml.classifier.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionFeaturesTest {

  private static List<String> features(String merchant, String description, String amount) {
    return List.of(TransactionFeatures.of(
        new TransactionText(merchant, description, amount == null ? null : new BigDecimal(amount))));
  }

  @Test
  void wordsPairsFirstWordAndWholeMerchant() {
    List<String> features = features("SQ *BLUE BOTTLE", null, null);
    assertTrue(features.containsAll(List.of("w=blue", "w=bottle", "b=blue_bottle", "f=blue", "m=blue_bottle")));
  }

  @Test
  void letterTrigramsCarryWordBoundaries() {
    List<String> features = features("Starbucks", null, null);
    assertTrue(features.containsAll(List.of("c3=^st", "c3=sta", "c3=ks$")), features::toString);
    assertFalse(features.contains("c3=s$^"));
  }

  @Test
  void descriptionWordsCountAsWordsButNotAsTheMerchant() {
    List<String> features = features("", "taxi home from the airport", null);
    assertTrue(features.containsAll(List.of("w=taxi", "w=airport", "b=the_airport")));
    assertTrue(features.stream().noneMatch(f -> f.startsWith("f=") || f.startsWith("m=")));
  }

  @Test
  void amountSignAndMagnitudeBucket() {
    assertTrue(features("x", null, "-4.50").containsAll(List.of("s=out", "a=out_5")));
    assertTrue(features("x", null, "2500.00").containsAll(List.of("s=in", "a=in_more")));
    assertTrue(features("x", null, "19.99").contains("a=in_20"));
    assertTrue(features("x", null, "0").contains("s=zero"));
    assertTrue(features("x", null, null).stream().noneMatch(f -> f.startsWith("s=") || f.startsWith("a=")));
  }

  @Test
  void featuresReadAsExplanations() {
    assertEquals("word \"starbucks\"", TransactionFeatures.describe("w=starbucks"));
    assertEquals("words \"blue bottle\"", TransactionFeatures.describe("b=blue_bottle"));
    assertEquals("letters \"bux\"", TransactionFeatures.describe("c3=bux"));
    assertEquals("money out, 10 to 20", TransactionFeatures.describe("a=out_20"));
    assertEquals("money in, under 2", TransactionFeatures.describe("a=in_2"));
    assertEquals("money in, over 2500", TransactionFeatures.describe("a=in_more"));
  }
}

package com.duskspendr.ml.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.duskspendr.ml.classifier.control.LabelledText;
import com.duskspendr.ml.classifier.control.TransactionText;
import com.duskspendr.transactions.ledger.boundary.CorrectionHistory.SharedCorrection;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingSetTest {

  @Test
  void seedExamplesComeFirstThenOneExamplePerSharedCorrection() {
    LabelledText seed = new LabelledText(
        new TransactionText("STARBUCKS #1234", "coffee", new BigDecimal("-4.50")), "food_and_drink.coffee");
    List<LabelledText> examples = TrainingSet.of(List.of(seed), List.of(
        new SharedCorrection("blue bottle", "food_and_drink.coffee", 3),
        new SharedCorrection("acme", "medical.pharmacies", 7)));

    assertEquals(3, examples.size());
    assertEquals(seed, examples.get(0));
    assertEquals("blue bottle", examples.get(1).text().merchantName());
    assertEquals("food_and_drink.coffee", examples.get(1).category());
  }

  @Test
  void aCorrectionContributesOnlyItsNormalizedMerchantAndCategory() {
    LabelledText example =
        TrainingSet.of(List.of(), List.of(new SharedCorrection("acme", "medical.pharmacies", 3))).get(0);
    assertEquals("acme", example.text().merchantName());
    assertNull(example.text().description(), "no description");
    assertNull(example.text().amount(), "no amount");
    assertEquals("medical.pharmacies", example.category());
  }
}

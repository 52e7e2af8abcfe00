package com.duskspendr.transactions.ledger.control;

import static com.duskspendr.transactions.ledger.control.CategoryCorrections.Outcome.CONFIRMED;
import static com.duskspendr.transactions.ledger.control.CategoryCorrections.Outcome.CORRECTED;
import static com.duskspendr.transactions.ledger.control.CategoryCorrections.Outcome.NONE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.duskspendr.transactions.ledger.boundary.CategorizationStatus;
import org.junit.jupiter.api.Test;

class CategoryCorrectionsTest {

  @Test
  void aCategoryChosenAtCreationIsACorrectionFromNothing() {
    assertEquals(CORRECTED, CategoryCorrections.onCreate("food_and_drink.coffee"));
    assertEquals(NONE, CategoryCorrections.onCreate(null));
  }

  @Test
  void changingTheCategoryIsACorrection() {
    assertEquals(CORRECTED, CategoryCorrections.onUpdate("food_and_drink", CategorizationStatus.CATEGORIZED, true, "income"));
    assertEquals(CORRECTED, CategoryCorrections.onUpdate(null, CategorizationStatus.PENDING, true, "income"));
    assertEquals(CORRECTED, CategoryCorrections.onUpdate("income", CategorizationStatus.MANUAL, true, "travel"));
    assertEquals(CORRECTED, CategoryCorrections.onUpdate("income", CategorizationStatus.RULE, true, null));
  }

  @Test
  void keepingAutomationsChoiceMakesItTheUsers() {
    assertEquals(CONFIRMED, CategoryCorrections.onUpdate("income", CategorizationStatus.CATEGORIZED, true, "income"));
    assertEquals(CONFIRMED, CategoryCorrections.onUpdate("income", CategorizationStatus.RULE, true, "income"));
    assertEquals(NONE, CategoryCorrections.onUpdate("income", CategorizationStatus.MANUAL, true, "income"));
    assertEquals(NONE, CategoryCorrections.onUpdate(null, CategorizationStatus.PENDING, true, null));
  }

  @Test
  void aChangeThatDoesNotNameTheCategoryLeavesIt() {
    assertEquals(NONE, CategoryCorrections.onUpdate("income", CategorizationStatus.CATEGORIZED, false, "income"));
  }
}

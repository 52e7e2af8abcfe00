package com.duskspendr.ml.insights.control;

import static com.duskspendr.ml.insights.control.Histories.history;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.ml.insights.entity.Insight;
import com.duskspendr.ml.insights.entity.InsightType;
import java.util.List;
import org.junit.jupiter.api.Test;

class InsightEngineTest {

  @Test
  void anEmptyHistoryHasNoInsights() {
    assertTrue(InsightEngine.insights(history().month("2026-03-15", "2026-03-20")).isEmpty());
  }

  @Test
  void aSingleTransactionIsOnlyItsCategory() {
    List<Insight> insights = InsightEngine.insights(history()
        .spend("2026-03-10", "12.00", "Cafe", "food_and_drink.coffee")
        .month("2026-03-15", "2026-03-20"));

    assertEquals(1, insights.size());
    assertEquals(InsightType.SPENDING_PATTERN, insights.get(0).type());
    assertEquals("12.00", insights.get(0).facts().get("amount"));
  }

  @Test
  void currenciesAreNeverAddedAndTheMainCurrencyComesFirst() {
    List<Insight> insights = InsightEngine.insights(history()
        .spend("2026-03-10", "10.00", "EUR", "Cafe Paris", "food_and_drink.coffee")
        .spend("2026-03-11", "20.00", "USD", "Cafe NY", "food_and_drink.coffee")
        .spend("2026-03-12", "1000", "JPY", "Cafe Tokyo", "food_and_drink.coffee")
        .month("2026-03-15", "2026-03-20"));

    assertEquals(List.of("USD", "EUR", "JPY"), insights.stream().map(Insight::currency).toList());
    assertEquals(List.of("20.00", "10.00", "1000"), insights.stream().map(i -> i.facts().get("amount")).toList());
  }

  @Test
  void findingsAreOrderedMostUrgentFirst() {
    Histories history = history();
    for (int day = 1; day <= 12; day++) {
      history.spend(String.format("2026-02-%02d", day), "20.00", "Market", "food_and_drink.groceries");
    }
    history.spend("2026-03-02", "35.00", "Cinema", "entertainment.movies")
        .spend("2026-03-03", "35.00", "Cinema", "entertainment.movies");

    List<Insight> insights = InsightEngine.insights(history.month("2026-03-15", "2026-03-20"));

    assertEquals(List.of(InsightType.DUPLICATE_CHARGE, InsightType.SPENDING_PATTERN),
        insights.stream().map(Insight::type).toList(), "the pattern is detected first but is only info");
    assertEquals(List.of("alert", "info"), insights.stream().map(i -> i.severity().wireName()).toList());
  }
}

package com.duskspendr.ml.insights.control;

import static com.duskspendr.ml.insights.control.Histories.history;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.duskspendr.ml.insights.entity.Insight;
import com.duskspendr.ml.insights.entity.InsightType;
import com.duskspendr.ml.insights.entity.Severity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpendingPatternsTest {

  private final SpendingPatterns patterns = new SpendingPatterns();

  private static Histories fourMonths() {
    return history()
        .spend("2025-12-10", "100.00", "Market", "food_and_drink.groceries")
        .spend("2026-01-10", "150.00", "Market", "food_and_drink.groceries")
        .spend("2026-01-20", "50.00", "Cafe", "food_and_drink.coffee")
        .spend("2026-02-10", "300.00", "Market", "food_and_drink.groceries")
        .spend("2026-02-11", "90.00", "Metro", "transportation.public_transit")
        .spend("2026-03-05", "200.00", "Market", "food_and_drink.groceries")
        .spend("2026-03-06", "60.00", "Cafe", "food_and_drink.coffee")
        .spend("2026-03-07", "45.00", "Metro", "transportation.public_transit")
        .spend("2026-03-08", "20.00", "Cinema", "entertainment.movies")
        .spend("2026-03-09", "5.00", "Kiosk", null)
        .income("2026-03-01", "3000.00", "Employer");
  }

  @Test
  void topCategoriesAreComparedWithTheAverageOfTheThreeMonthsBefore() {
    List<Insight> insights = patterns.detect(fourMonths().month("2026-03-15", "2026-04-02"));

    assertEquals(3, insights.size(), "the top three of five categories");
    Insight food = insights.get(0);
    assertEquals(InsightType.SPENDING_PATTERN, food.type());
    assertEquals("food_and_drink", food.facts().get("categoryId"));
    assertEquals(1, food.facts().get("rank"));
    assertEquals("260.00", food.facts().get("amount"));
    // (100 + 200 + 300) / 3 = 200; 260 − 200 = 60; 60 / 200 = 30 %
    assertEquals("200.00", food.facts().get("previousAverage"));
    assertEquals("60.00", food.facts().get("changeAmount"));
    assertEquals(new BigDecimal("30.0"), food.facts().get("changePercent"));
    assertEquals(3, food.facts().get("periodsCompared"));
    assertEquals(Severity.WARNING, food.severity(), "up 30 % is at least the 25 % warning level");

    Insight transport = insights.get(1);
    assertEquals("transportation", transport.facts().get("categoryId"));
    // (0 + 0 + 90) / 3 = 30; 45 − 30 = 15 → 50 %
    assertEquals("30.00", transport.facts().get("previousAverage"));
    assertEquals("15.00", transport.facts().get("changeAmount"));
    assertEquals(new BigDecimal("50.0"), transport.facts().get("changePercent"));

    Insight movies = insights.get(2);
    assertEquals("entertainment", movies.facts().get("categoryId"));
    assertEquals("0.00", movies.facts().get("previousAverage"));
    assertNull(movies.facts().get("changePercent"), "no percentage of zero");
    assertEquals(Severity.INFO, movies.severity());
    // 20 of 330 spent in March
    assertEquals(new BigDecimal("6.1"), movies.facts().get("shareOfSpendingPercent"));
  }

  @Test
  void onlyPeriodsTheHistoryCoversAreAveraged() {
    Histories newUser = history()
        .spend("2026-02-10", "100.00", "Market", "food_and_drink.groceries")
        .spend("2026-03-10", "150.00", "Market", "food_and_drink.groceries");

    Insight food = patterns.detect(newUser.month("2026-03-15", "2026-04-02")).get(0);

    assertEquals(1, food.facts().get("periodsCompared"), "January and December were before the first transaction");
    assertEquals("100.00", food.facts().get("previousAverage"));
    assertEquals(new BigDecimal("50.0"), food.facts().get("changePercent"));
  }

  @Test
  void aDecreaseIsInfo() {
    Histories less = history()
        .spend("2026-02-10", "200.00", "Market", "food_and_drink.groceries")
        .spend("2026-03-10", "150.00", "Market", "food_and_drink.groceries");

    Insight food = patterns.detect(less.month("2026-03-15", "2026-04-02")).get(0);

    assertEquals("-50.00", food.facts().get("changeAmount"));
    assertEquals(new BigDecimal("-25.0"), food.facts().get("changePercent"));
    assertEquals(Severity.INFO, food.severity());
  }

  @Test
  void theFirstMonthHasNothingToCompareWith() {
    Insight food = patterns.detect(history()
        .spend("2026-03-10", "150.00", "Market", "food_and_drink.groceries")
        .month("2026-03-15", "2026-04-02")).get(0);

    assertEquals(0, food.facts().get("periodsCompared"));
    assertNull(food.facts().get("previousAverage"));
  }
}

package com.duskspendr.ml.insights.control;

import static com.duskspendr.ml.insights.control.Histories.history;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.ml.insights.entity.Insight;
import com.duskspendr.ml.insights.entity.PeriodKind;
import com.duskspendr.ml.insights.entity.Severity;
import com.duskspendr.transactions.budgets.boundary.BudgetPeriod;
import com.duskspendr.transactions.budgets.boundary.BudgetProgress;
import com.duskspendr.transactions.budgets.boundary.BudgetView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SavingsOpportunitiesTest {

  private final SavingsOpportunities savings = new SavingsOpportunities();

  private static Histories steadyFoodThen(String march) {
    return history()
        .spend("2025-12-10", "200.00", "Market", "food_and_drink.groceries")
        .spend("2026-01-10", "180.00", "Market", "food_and_drink.groceries")
        .spend("2026-02-10", "220.00", "Market", "food_and_drink.groceries")
        .spend("2026-03-10", march, "Market", "food_and_drink.groceries")
        .spend("2026-02-10", "500.00", "Bank", "transfer_out.savings")
        .spend("2026-03-10", "900.00", "Bank", "transfer_out.savings");
  }

  @Test
  void aCategoryAboveItsUsualLevelCouldSaveTheDifference() {
    List<Insight> insights = savings.detect(steadyFoodThen("300.00").month("2026-03-15", "2026-04-10"));

    assertEquals(1, insights.size(), "transfers are not spending to cut");
    Insight food = insights.get(0);
    assertEquals("usual_level", food.facts().get("basis"));
    assertEquals("food_and_drink", food.facts().get("categoryId"));
    // usual = (200 + 180 + 220) / 3 = 200; 300 > 200 × 1.2; could save 100
    assertEquals("200.00", food.facts().get("usualLevel"));
    assertEquals("100.00", food.facts().get("couldSave"));
    assertEquals(new BigDecimal("50.0"), food.facts().get("abovePercent"));
  }

  @Test
  void withinTheThresholdIsNoOpportunity() {
    assertTrue(savings.detect(steadyFoodThen("240.00").month("2026-03-15", "2026-04-10")).isEmpty(), "exactly +20 %");
  }

  @Test
  void theCurrentPeriodIsJudgedByItsPace() {
    // 12 March: 150 spent in 12 of 31 days → pace 150 × 31 / 12 = 387.50
    Insight food = savings.detect(steadyFoodThen("150.00").month("2026-03-12", "2026-03-12")).get(0);
    assertEquals("150.00", food.facts().get("spent"));
    assertEquals("387.50", food.facts().get("level"));
    assertEquals("187.50", food.facts().get("couldSave"));
  }

  @Test
  void aBudgetHeadingOverItsLimitCouldSaveTheProjectedExcess() {
    BudgetView groceries = new BudgetView(UUID.randomUUID(), "food_and_drink.groceries", new BigDecimal("400.00"), "USD",
        BudgetPeriod.MONTHLY, LocalDate.parse("2026-01-01"), false, List.of(80, 100), 1, OffsetDateTime.now(),
        OffsetDateTime.now(), new BudgetProgress(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"),
            new BigDecimal("400.00"), BigDecimal.ZERO.setScale(2), new BigDecimal("300.00"), new BigDecimal("100.00"),
            new BigDecimal("75.00"), new BigDecimal("516.67")));

    List<Insight> insights = savings.detect(steadyFoodThen("300.00").analysis(PeriodKind.MONTH, "2026-03-18",
        "2026-03-18", List.of(groceries), InsightSettings.defaults()));

    assertEquals(1, insights.size(), "the budget insight covers food; no second one for its usual level");
    Insight budget = insights.get(0);
    assertEquals("budget", budget.facts().get("basis"));
    assertEquals("116.67", budget.facts().get("couldSave"));
    assertEquals(Severity.WARNING, budget.severity(), "not over the limit yet");
  }

  @Test
  void aPastPeriodIgnoresTodaysBudgets() {
    BudgetView any = new BudgetView(UUID.randomUUID(), "entertainment", new BigDecimal("10.00"), "USD",
        BudgetPeriod.MONTHLY, LocalDate.parse("2026-01-01"), false, List.of(100), 1, OffsetDateTime.now(),
        OffsetDateTime.now(), new BudgetProgress(LocalDate.parse("2026-04-01"), LocalDate.parse("2026-04-30"),
            new BigDecimal("10.00"), BigDecimal.ZERO, new BigDecimal("50.00"), new BigDecimal("-40.00"),
            new BigDecimal("500.00"), new BigDecimal("100.00")));
    List<Insight> insights = savings.detect(steadyFoodThen("200.00").analysis(PeriodKind.MONTH, "2026-03-15",
        "2026-04-10", List.of(any), InsightSettings.defaults()));
    assertTrue(insights.isEmpty());
  }
}

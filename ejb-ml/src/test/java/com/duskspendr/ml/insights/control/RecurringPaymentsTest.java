package com.duskspendr.ml.insights.control;

import static com.duskspendr.ml.insights.control.Histories.history;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.ml.insights.entity.Insight;
import com.duskspendr.ml.insights.entity.InsightType;
import com.duskspendr.ml.insights.entity.PeriodKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurringPaymentsTest {

  private final RecurringPayments recurring = new RecurringPayments();

  private static List<Insight> ofType(List<Insight> insights, InsightType type) {
    return insights.stream().filter(i -> i.type() == type).toList();
  }

  @Test
  void aMonthlyPaymentWithJitterIsRecurring() {
    List<Insight> insights = recurring.detect(history()
        .spend("2026-01-03", "15.99", "StreamFlix", "entertainment.tv_and_movies")
        .spend("2026-02-05", "15.99", "StreamFlix", "entertainment.tv_and_movies")
        .spend("2026-03-02", "15.99", "STREAMFLIX", "entertainment.tv_and_movies")
        .spend("2026-04-04", "15.99", "StreamFlix", "entertainment.tv_and_movies")
        .month("2026-04-10", "2026-04-20"));

    assertEquals(1, insights.size());
    Insight series = insights.get(0);
    assertEquals(InsightType.RECURRING_PAYMENT, series.type());
    assertEquals("monthly", series.facts().get("cadence"));
    assertEquals(4, series.facts().get("occurrences"));
    assertEquals("15.99", series.facts().get("monthlyCost"));
    assertEquals("2026-05-04", series.facts().get("nextExpected"));
  }

  @Test
  void aWeeklyPaymentCostsFiftyTwoTwelfthsAMonth() {
    List<Insight> insights = recurring.detect(history()
        .spend("2026-03-02", "10.00", "Veggie Box", "food_and_drink.groceries")
        .spend("2026-03-09", "10.00", "Veggie Box", "food_and_drink.groceries")
        .spend("2026-03-17", "10.00", "Veggie Box", "food_and_drink.groceries")
        .spend("2026-03-23", "10.00", "Veggie Box", "food_and_drink.groceries")
        .month("2026-03-25", "2026-03-26"));

    Insight series = ofType(insights, InsightType.RECURRING_PAYMENT).get(0);
    assertEquals("weekly", series.facts().get("cadence"));
    // 10.00 × 52 / 12 = 43.333… → 43.33
    assertEquals("43.33", series.facts().get("monthlyCost"));
  }

  @Test
  void aYearlyPaymentCostsATwelfthAMonth() {
    List<Insight> insights = recurring.detect(history()
        .spend("2024-02-10", "99.00", "Cloud Storage", "general_services")
        .spend("2025-02-14", "99.00", "Cloud Storage", "general_services")
        .spend("2026-02-09", "99.00", "Cloud Storage", "general_services")
        .analysis(PeriodKind.YEAR, "2026-06-01", "2026-06-01", List.of(), InsightSettings.defaults()));

    Insight series = ofType(insights, InsightType.RECURRING_PAYMENT).get(0);
    assertEquals("yearly", series.facts().get("cadence"));
    assertEquals("8.25", series.facts().get("monthlyCost"));
  }

  @Test
  void monthlyCostsRoundToTheCurrencysMinorUnits() {
    assertEquals(new BigDecimal("833"), Cadence.YEARLY.monthlyCost(new BigDecimal("10000"), "JPY"));
    assertEquals(new BigDecimal("4.17"), Cadence.YEARLY.monthlyCost(new BigDecimal("50.00"), "USD"));
    assertEquals(new BigDecimal("21.667"), Cadence.WEEKLY.monthlyCost(new BigDecimal("5.000"), "BHD"));
    assertEquals(new BigDecimal("12.99"), Cadence.MONTHLY.monthlyCost(new BigDecimal("12.99"), "EUR"));
  }

  @Test
  void twoPaymentsAreNotASeries() {
    assertTrue(recurring.detect(history()
        .spend("2026-02-05", "15.99", "StreamFlix", null)
        .spend("2026-03-05", "15.99", "StreamFlix", null)
        .month("2026-03-10", "2026-03-20")).isEmpty());
  }

  @Test
  void irregularGapsOrAmountsAreNoSeries() {
    assertTrue(recurring.detect(history()
        .spend("2026-01-05", "15.99", "Bakery", null)
        .spend("2026-01-19", "15.99", "Bakery", null)
        .spend("2026-03-01", "15.99", "Bakery", null)
        .spend("2026-03-12", "15.99", "Bakery", null)
        .month("2026-03-15", "2026-03-20")).isEmpty(), "gaps of 14, 41 and 11 days");
    assertTrue(recurring.detect(history()
        .spend("2026-03-02", "42.10", "Market", null)
        .spend("2026-03-09", "120.45", "Market", null)
        .spend("2026-03-16", "61.00", "Market", null)
        .month("2026-03-20", "2026-03-20")).isEmpty(), "weekly shopping of any size is not a subscription");
  }

  @Test
  void aSeriesThatStoppedIsNotReported() {
    assertTrue(recurring.detect(history()
        .spend("2025-10-05", "15.99", "StreamFlix", null)
        .spend("2025-11-05", "15.99", "StreamFlix", null)
        .spend("2025-12-05", "15.99", "StreamFlix", null)
        .month("2026-03-10", "2026-03-20")).isEmpty());
  }

  @Test
  void aHigherPriceAfterASteadyOneIsAPriceIncrease() {
    List<Insight> insights = recurring.detect(history()
        .spend("2026-01-05", "15.99", "StreamFlix", null)
        .spend("2026-02-05", "15.99", "StreamFlix", null)
        .spend("2026-03-05", "17.99", "StreamFlix", null)
        .month("2026-03-10", "2026-03-20"));

    Insight increase = ofType(insights, InsightType.PRICE_INCREASE).get(0);
    assertEquals("15.99", increase.facts().get("previousAmount"));
    assertEquals("17.99", increase.facts().get("newAmount"));
    assertEquals("2.00", increase.facts().get("increase"));
    assertEquals(new BigDecimal("12.5"), increase.facts().get("increasePercent"));
    assertEquals("2.00", increase.facts().get("monthlyCostIncrease"));
    assertEquals("17.99", ofType(insights, InsightType.RECURRING_PAYMENT).get(0).facts().get("monthlyCost"));
  }

  @Test
  void aRiseBeyondTheAmountToleranceContinuesTheSeriesAndIsReported() {
    // 9.99 -> 15.49 is 55% more: far outside the 25% a series' amounts may vary by
    List<Insight> insights = recurring.detect(history()
        .spend("2026-01-05", "9.99", "StreamFlix", null)
        .spend("2026-02-05", "9.99", "StreamFlix", null)
        .spend("2026-03-05", "15.49", "StreamFlix", null)
        .month("2026-03-10", "2026-03-20"));

    Insight series = ofType(insights, InsightType.RECURRING_PAYMENT).get(0);
    assertEquals(3, series.facts().get("occurrences"));
    assertEquals("15.49", series.facts().get("monthlyCost"));
    Insight increase = ofType(insights, InsightType.PRICE_INCREASE).get(0);
    assertEquals("9.99", increase.facts().get("previousAmount"));
    assertEquals("15.49", increase.facts().get("newAmount"));
    assertEquals(new BigDecimal("55.1"), increase.facts().get("increasePercent"));
  }

  @Test
  void moreThanSeventyFivePercentMoreOrLessIsNotARiseOfTheSeries() {
    assertTrue(recurring.detect(history()
        .spend("2026-01-10", "100.00", "Market", null)
        .spend("2026-02-10", "100.00", "Market", null)
        .spend("2026-03-10", "200.00", "Market", null)
        .month("2026-03-15", "2026-03-20")).isEmpty(), "twice the usual shop is another purchase, not a price rise");
    assertTrue(recurring.detect(history()
        .spend("2026-03-02", "120.45", "Market", null)
        .spend("2026-03-09", "120.45", "Market", null)
        .spend("2026-03-16", "61.00", "Market", null)
        .month("2026-03-20", "2026-03-20")).isEmpty(), "a smaller newest amount is no price rise");
  }

  @Test
  void anIncreaseOutsideThePeriodOrAfterVaryingPricesIsNotReported() {
    Histories steadyThenUp = history()
        .spend("2026-01-05", "15.99", "StreamFlix", null)
        .spend("2026-02-05", "15.99", "StreamFlix", null)
        .spend("2026-03-05", "17.99", "StreamFlix", null);
    assertTrue(ofType(recurring.detect(steadyThenUp.month("2026-04-03", "2026-04-03")), InsightType.PRICE_INCREASE)
        .isEmpty(), "April's report: the increase was in March");

    Histories varying = history()
        .spend("2026-01-05", "80.00", "City Power", null)
        .spend("2026-02-05", "76.00", "City Power", null)
        .spend("2026-03-05", "82.00", "City Power", null);
    assertTrue(ofType(recurring.detect(varying.month("2026-03-10", "2026-03-20")), InsightType.PRICE_INCREASE)
        .isEmpty(), "a bill that varies has no steady price to increase");
  }
}

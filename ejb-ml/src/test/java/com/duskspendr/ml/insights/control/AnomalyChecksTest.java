package com.duskspendr.ml.insights.control;

import static com.duskspendr.ml.insights.control.Histories.payment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.duskspendr.ml.insights.entity.InsightType;
import com.duskspendr.transactions.ledger.boundary.HistoryEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnomalyChecksTest {

  private final AnomalyChecks checks = new AnomalyChecks(InsightSettings.defaults());

  private static List<HistoryEntry> payments(String merchant, String category, String... amounts) {
    List<HistoryEntry> list = new ArrayList<>();
    for (int i = 0; i < amounts.length; i++) {
      list.add(payment(String.format("2026-01-%02d", i + 1), amounts[i], merchant, category));
    }
    return list;
  }

  @Test
  void anOutlierInTheHistoryDoesNotHideTheNextOneAsItWouldWithTheMean() {
    List<HistoryEntry> prior = payments("Corner Cafe", "food_and_drink.coffee", "10", "11", "9", "10", "12", "10", "500");
    HistoryEntry payment = payment("2026-02-01", "40.00", "Corner Cafe", "food_and_drink.coffee");

    // What a mean and standard deviation would say: (40 − 78.86) / 181.2 < 0, nothing unusual.
    double mean = prior.stream().mapToDouble(e -> e.spent().doubleValue()).average().orElseThrow();
    double sd = Math.sqrt(prior.stream().mapToDouble(e -> Math.pow(e.spent().doubleValue() - mean, 2)).sum() / (prior.size() - 1));
    assertTrue((40 - mean) / sd < 3.5);

    Optional<Anomaly> found = checks.unusualAmount(payment, PaymentIndex.of(prior));

    assertTrue(found.isPresent());
    Anomaly anomaly = found.get();
    assertEquals(InsightType.UNUSUAL_AMOUNT, anomaly.kind());
    assertEquals("merchant", anomaly.facts().get("basis"));
    assertEquals("10.00", anomaly.facts().get("median"));
    assertEquals("1.00", anomaly.facts().get("mad"));
    // (40 − 10) / (1.4826 × 1) = 20.23
    assertEquals(new BigDecimal("20.23"), anomaly.facts().get("robustZ"));
    assertEquals(7, anomaly.facts().get("historySize"));
  }

  @Test
  void aConstantHistoryUsesTheMadFloor() {
    List<HistoryEntry> prior = payments("Gym", "personal_care.gyms", "9.99", "9.99", "9.99", "9.99", "9.99", "9.99");

    // floor = 9.99 × 0.05 = 0.4995; (10.49 − 9.99) / (1.4826 × 0.4995) = 0.68
    assertTrue(checks.unusualAmount(payment("2026-02-01", "10.49", "Gym", "personal_care.gyms"), PaymentIndex.of(prior)).isEmpty());
    // (15.00 − 9.99) / 0.7406 = 6.76
    Anomaly anomaly = checks.unusualAmount(payment("2026-02-01", "15.00", "Gym", "personal_care.gyms"), PaymentIndex.of(prior)).orElseThrow();
    assertEquals(new BigDecimal("6.77"), anomaly.facts().get("robustZ"));
  }

  @Test
  void fewerThanFivePaymentsToTheMerchantFallBackToTheCategoryThenToNothing() {
    List<HistoryEntry> prior = new ArrayList<>(payments("Shop A", "general_merchandise.clothing", "30", "32", "28", "31"));
    HistoryEntry payment = payment("2026-02-01", "300.00", "Shop A", "general_merchandise.clothing");
    assertTrue(checks.unusualAmount(payment, PaymentIndex.of(prior)).isEmpty(), "four payments are not enough to judge");

    prior.addAll(payments("Shop B", "general_merchandise.clothing", "29", "33"));
    Anomaly anomaly = checks.unusualAmount(payment, PaymentIndex.of(prior)).orElseThrow();
    assertEquals("category", anomaly.facts().get("basis"));
    assertEquals(6, anomaly.facts().get("historySize"));
  }

  @Test
  void aSmallerAmountThanUsualIsNotAnAnomaly() {
    List<HistoryEntry> prior = payments("Cafe", "food_and_drink.coffee", "10", "11", "9", "10", "12", "10");
    assertTrue(checks.unusualAmount(payment("2026-02-01", "0.50", "Cafe", "food_and_drink.coffee"), PaymentIndex.of(prior)).isEmpty());
  }

  @Test
  void theSameMerchantAndAmountWithinThreeDaysIsALikelyDuplicate() {
    HistoryEntry first = payment("2026-03-01", "49.90", "  STREAM  Plus ", "entertainment.streaming");
    HistoryEntry second = payment("2026-03-03", "49.90", "stream plus", "entertainment.streaming");

    Anomaly duplicate = checks.duplicate(second, PaymentIndex.of(List.of(first))).orElseThrow();

    assertEquals(InsightType.DUPLICATE_CHARGE, duplicate.kind());
    assertEquals(first.id().toString(), duplicate.facts().get("otherTransactionId"));
    assertEquals(2L, duplicate.facts().get("daysApart"));
    assertEquals("49.90", duplicate.facts().get("amount"));
  }

  @Test
  void furtherApartOrAnotherAmountOrMerchantIsNoDuplicate() {
    HistoryEntry payment = payment("2026-03-05", "49.90", "Stream Plus", "entertainment.streaming");
    assertTrue(checks.duplicate(payment, PaymentIndex.of(List.of(payment("2026-03-01", "49.90", "Stream Plus", null)))).isEmpty());
    assertTrue(checks.duplicate(payment, PaymentIndex.of(List.of(payment("2026-03-05", "49.99", "Stream Plus", null)))).isEmpty());
    assertTrue(checks.duplicate(payment, PaymentIndex.of(List.of(payment("2026-03-05", "49.90", "Other", null)))).isEmpty());
    HistoryEntry euros = Histories.entry("2026-03-05", new BigDecimal("-49.90"), "EUR", "Stream Plus", null);
    assertTrue(checks.duplicate(payment, PaymentIndex.of(List.of(euros))).isEmpty(), "another currency");
  }

  @Test
  void theDuplicateWindowIsConfigurable() {
    InsightSettings d = InsightSettings.defaults();
    InsightSettings fiveDays = new InsightSettings(d.topCategories(), d.patternWarnPercent(), d.robustZThreshold(),
        d.robustMinHistory(), d.madFloorRatio(), 5, d.firstTimeMultiplier(), d.firstTimeMinHistory(),
        d.weeklyToleranceDays(), d.monthlyToleranceDays(), d.yearlyToleranceDays(), d.recurringMinOccurrences(),
        d.recurringAmountTolerancePercent(), d.savingsThresholdPercent(), Set.of());
    HistoryEntry payment = payment("2026-03-05", "49.90", "Stream Plus", null);
    List<HistoryEntry> prior = List.of(payment("2026-03-01", "49.90", "Stream Plus", null));

    assertTrue(new AnomalyChecks(fiveDays).duplicate(payment, PaymentIndex.of(prior)).isPresent());
  }

  @Test
  void aLargeFirstPaymentToANewMerchantIsReported() {
    List<HistoryEntry> prior = payments("Market", "food_and_drink.groceries",
        "20", "18", "22", "20", "25", "15", "20", "21", "19", "20");

    Anomaly anomaly = checks.firstTimeMerchant(payment("2026-02-01", "150.00", "Electro World", null), PaymentIndex.of(prior)).orElseThrow();

    assertEquals(InsightType.FIRST_TIME_MERCHANT, anomaly.kind());
    assertEquals("20.00", anomaly.facts().get("typicalPayment"));
    assertEquals(new BigDecimal("7.5"), anomaly.facts().get("timesTypical"));
    assertTrue(checks.firstTimeMerchant(payment("2026-02-01", "90.00", "Electro World", null), PaymentIndex.of(prior)).isEmpty(),
        "4.5 times typical is below 5");
    assertTrue(checks.firstTimeMerchant(payment("2026-02-01", "150.00", "market", null), PaymentIndex.of(prior)).isEmpty(),
        "a known merchant (any case)");
    assertTrue(checks.firstTimeMerchant(payment("2026-02-01", "150.00", "Electro World", null), PaymentIndex.of(prior.subList(0, 9)))
        .isEmpty(), "nine earlier payments are too few to know what is typical");
  }

  @Test
  void moneyInIsNeverAnAnomaly() {
    HistoryEntry refund = Histories.entry("2026-02-01", new BigDecimal("500.00"), "USD", "Electro World", null);
    List<HistoryEntry> prior = payments("Market", "food_and_drink.groceries",
        "20", "18", "22", "20", "25", "15", "20", "21", "19", "20");
    assertTrue(checks.check(refund, PaymentIndex.of(prior)).isEmpty());
  }
}

package com.duskspendr.ml.insights.control;

import com.duskspendr.ml.insights.entity.InsightType;
import com.duskspendr.transactions.ledger.boundary.HistoryEntry;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The three checks of one payment against the payments before it ({@code prior}, indexed: for a period
 * report, the ones earlier in the history; for a transaction that just arrived, all others). Only money out
 * is checked, and only against payments in its own currency.
 */
public class AnomalyChecks {

  /** A payment's robust z-score is reported with this many decimals. */
  private static final int SCORE_DECIMALS = 2;

  private final InsightSettings settings;

  public AnomalyChecks(InsightSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** Every check that fires, in the order unusual amount, duplicate, first-time merchant. */
  public List<Anomaly> check(HistoryEntry payment, PaymentIndex prior) {
    List<Anomaly> found = new ArrayList<>(3);
    unusualAmount(payment, prior).ifPresent(found::add);
    duplicate(payment, prior).ifPresent(found::add);
    firstTimeMerchant(payment, prior).ifPresent(found::add);
    return found;
  }

  /**
   * Robust z-score {@code z = (x − median) / (1.4826 × max(MAD, floor))} of the amount x against the
   * earlier payments to the same merchant (at least {@code robustMinHistory} of them), else against the
   * earlier payments in the same category; unusual when z exceeds the threshold (only amounts above the
   * median: paying less is not alarming). {@code floor = max(median × madFloorRatio, one minor unit)}.
   */
  public Optional<Anomaly> unusualAmount(HistoryEntry payment, PaymentIndex prior) {
    if (!payment.isSpending()) {
      return Optional.empty();
    }
    String basis = "merchant";
    List<BigDecimal> baseline = spentOf(prior.sameMerchant(payment), payment);
    if (baseline.size() < settings.robustMinHistory()) {
      basis = "category";
      baseline = spentOf(prior.sameCategory(payment), payment);
    }
    if (baseline.size() < settings.robustMinHistory()) {
      return Optional.empty();
    }
    String currency = payment.currency();
    BigDecimal x = payment.spent();
    BigDecimal median = RobustStats.median(baseline);
    BigDecimal mad = RobustStats.mad(baseline, median);
    BigDecimal floor = median.multiply(settings.madFloorRatio()).max(Amounts.minorUnit(currency));
    BigDecimal scale = RobustStats.MAD_TO_SIGMA.multiply(mad.max(floor));
    BigDecimal z = x.subtract(median).divide(scale, MathContext.DECIMAL64);
    if (z.compareTo(settings.robustZThreshold()) <= 0) {
      return Optional.empty();
    }
    Map<String, Object> facts = base(payment);
    facts.put("basis", basis);
    facts.put("historySize", baseline.size());
    facts.put("median", Amounts.fact(median, currency));
    facts.put("mad", Amounts.fact(mad, currency));
    facts.put("robustZ", z.setScale(SCORE_DECIMALS, RoundingMode.HALF_UP));
    facts.put("threshold", settings.robustZThreshold());
    String against = basis.equals("merchant") ? label(payment) : CategoryTotals.displayName(
        CategoryTotals.primaryOf(payment.categoryId())).toLowerCase(Locale.ROOT) + " payments";
    return Optional.of(new Anomaly(InsightType.UNUSUAL_AMOUNT, payment,
        "Unusual amount at " + label(payment),
        Amounts.display(x, currency) + " on " + payment.date() + " is far above your usual "
            + Amounts.display(median, currency) + " for " + against + ".",
        facts));
  }

  /** The same merchant, currency and amount at most {@code duplicateWindowDays} days apart: the nearest such payment. */
  public Optional<Anomaly> duplicate(HistoryEntry payment, PaymentIndex prior) {
    if (!payment.isSpending() || payment.merchantKey().isEmpty()) {
      return Optional.empty();
    }
    Optional<HistoryEntry> twin = prior.sameMerchant(payment).stream()
        .filter(e -> !e.id().equals(payment.id()))
        .filter(e -> e.amount().compareTo(payment.amount()) == 0)
        .filter(e -> daysApart(e, payment) <= settings.duplicateWindowDays())
        .min(Comparator.comparingLong(e -> daysApart(e, payment)));
    return twin.map(other -> {
      Map<String, Object> facts = base(payment);
      facts.put("otherTransactionId", other.id().toString());
      facts.put("otherDate", other.date().toString());
      facts.put("daysApart", daysApart(other, payment));
      facts.put("windowDays", settings.duplicateWindowDays());
      return new Anomaly(InsightType.DUPLICATE_CHARGE, payment,
          "Possible duplicate charge at " + label(payment),
          label(payment) + " charged " + Amounts.display(payment.spent(), payment.currency()) + " on "
              + other.date() + " and again on " + payment.date() + ".",
          facts);
    });
  }

  /**
   * A merchant with no earlier payment, charging at least {@code firstTimeMultiplier} times the median of
   * the user's earlier payments in that currency (judged once there are {@code firstTimeMinHistory} of them).
   */
  public Optional<Anomaly> firstTimeMerchant(HistoryEntry payment, PaymentIndex prior) {
    if (!payment.isSpending() || payment.merchantKey().isEmpty() || prior.knowsMerchant(payment.merchantKey())) {
      return Optional.empty();
    }
    List<BigDecimal> typical = prior.spentIn(payment.currency());
    if (typical.size() < settings.firstTimeMinHistory()) {
      return Optional.empty();
    }
    String currency = payment.currency();
    BigDecimal median = RobustStats.median(typical);
    BigDecimal ratio = payment.spent().divide(median, MathContext.DECIMAL64);
    if (ratio.compareTo(settings.firstTimeMultiplier()) < 0) {
      return Optional.empty();
    }
    Map<String, Object> facts = base(payment);
    facts.put("typicalPayment", Amounts.fact(median, currency));
    facts.put("timesTypical", ratio.setScale(1, RoundingMode.HALF_UP));
    facts.put("historySize", typical.size());
    return Optional.of(new Anomaly(InsightType.FIRST_TIME_MERCHANT, payment,
        "Large first payment to " + label(payment),
        "Your first payment to " + label(payment) + " is " + Amounts.display(payment.spent(), currency) + ", "
            + ratio.setScale(1, RoundingMode.HALF_UP) + " times your typical payment of "
            + Amounts.display(median, currency) + ".",
        facts));
  }

  private static List<BigDecimal> spentOf(List<HistoryEntry> group, HistoryEntry payment) {
    return group.stream().filter(e -> !e.id().equals(payment.id())).map(HistoryEntry::spent).toList();
  }

  private static long daysApart(HistoryEntry a, HistoryEntry b) {
    return Math.abs(ChronoUnit.DAYS.between(a.date(), b.date()));
  }

  private static Map<String, Object> base(HistoryEntry payment) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("transactionId", payment.id().toString());
    facts.put("date", payment.date().toString());
    facts.put("merchant", payment.merchantName());
    facts.put("amount", Amounts.fact(payment.spent(), payment.currency()));
    facts.put("categoryId", payment.categoryId());
    return facts;
  }

  private static String label(HistoryEntry payment) {
    return payment.merchantName() == null || payment.merchantName().isBlank() ? "an unnamed merchant" : payment.merchantName().strip();
  }
}

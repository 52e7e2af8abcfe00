package com.duskspendr.ml.insights.control;

import com.duskspendr.ml.insights.entity.Insight;
import com.duskspendr.ml.insights.entity.InsightType;
import com.duskspendr.ml.insights.entity.Severity;
import com.duskspendr.transactions.ledger.boundary.HistoryEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Recurring payments and price increases. Payments are grouped by normalized merchant and currency; walking
 * back from the newest payment, a series continues while the gap to the previous payment fits one cadence
 * (weekly 7, monthly 28–31, yearly 365–366 days, each ± its tolerance) and the amount stays within the
 * amount tolerance of the newest one (so weekly groceries of varying size are not a subscription). A series
 * of at least three payments that is still running on the period's last day (or today) — its next payment
 * is not overdue beyond the tolerance — is reported with its monthly cost. A price increase is a newest
 * payment, within the period, above the two before it, which were equal (a steady price); a rise beyond the
 * amount tolerance, up to 75%, still continues the series (see {@code raisedSeries}).
 */
public class RecurringPayments implements InsightDetector {

  @Override
  public List<Insight> detect(Analysis analysis) {
    List<Insight> insights = new ArrayList<>();
    for (RecurringSeries series : running(analysis.history(), analysis.asOf(), analysis.settings())) {
      insights.add(recurring(series, analysis));
      priceIncrease(series, analysis).ifPresent(insights::add);
    }
    return insights;
  }

  /** The series still running on {@code asOf}, ordered by currency, then merchant. */
  public static List<RecurringSeries> running(List<HistoryEntry> history, LocalDate asOf, InsightSettings settings) {
    Map<String, List<HistoryEntry>> groups = new TreeMap<>();
    for (HistoryEntry entry : history) {
      if (entry.isSpending() && !entry.merchantKey().isEmpty() && !entry.date().isAfter(asOf)) {
        groups.computeIfAbsent(entry.currency() + "\u0000" + entry.merchantKey(), k -> new ArrayList<>()).add(entry);
      }
    }
    List<RecurringSeries> running = new ArrayList<>();
    for (List<HistoryEntry> payments : groups.values()) {
      seriesOf(payments, settings)
          .filter(s -> ChronoUnit.DAYS.between(s.latest().date(), asOf)
              <= s.cadence().latestGapDays(s.cadence().toleranceDays(settings)))
          .ifPresent(running::add);
    }
    return running;
  }

  /**
   * A newest payment up to this many times the one before still continues a series, as a price rise beyond
   * the amount tolerance (streaming and software price rises run from about 10% to 60%); more than that,
   * such as a monthly 100.00 shop followed by a 200.00 one, is taken for a different purchase.
   */
  private static final BigDecimal MAX_PRICE_RISE = new BigDecimal("1.75");

  /** The newest series among one merchant's payments (oldest first), if one cadence fits enough of them. */
  static Optional<RecurringSeries> seriesOf(List<HistoryEntry> payments, InsightSettings settings) {
    int minimum = settings.recurringMinOccurrences();
    if (payments.size() < minimum) {
      return Optional.empty();
    }
    Optional<RecurringSeries> steady = seriesEndingAt(payments, payments.size() - 1, minimum, settings);
    return steady.isPresent() ? steady : raisedSeries(payments, minimum, settings);
  }

  /**
   * A price rise larger than the amount tolerance (a subscription going from 9.99 to 15.49): the series runs
   * steadily up to the payment before the newest, and the newest continues its cadence at a higher price (at
   * most {@link #MAX_PRICE_RISE} times). Judged by the newest amount alone, the series would end at every
   * large rise, and exactly the large rises would never be reported as price increases.
   */
  private static Optional<RecurringSeries> raisedSeries(
      List<HistoryEntry> payments, int minimum, InsightSettings settings) {
    HistoryEntry newest = payments.get(payments.size() - 1);
    HistoryEntry previous = payments.get(payments.size() - 2);
    if (newest.spent().compareTo(previous.spent()) <= 0
        || newest.spent().compareTo(previous.spent().multiply(MAX_PRICE_RISE)) > 0) {
      return Optional.empty();
    }
    long gap = ChronoUnit.DAYS.between(previous.date(), newest.date());
    return seriesEndingAt(payments, payments.size() - 2, minimum - 1, settings)
        .filter(series -> series.cadence().fits(gap, series.cadence().toleranceDays(settings)))
        .map(series -> {
          List<HistoryEntry> raised = new ArrayList<>(series.payments());
          raised.add(newest);
          return new RecurringSeries(series.cadence(), raised);
        });
  }

  /**
   * The series ending at {@code payments[end]} with amounts within the tolerance of that payment's, for the
   * first cadence that fits at least {@code minimum} payments.
   */
  private static Optional<RecurringSeries> seriesEndingAt(
      List<HistoryEntry> payments, int end, int minimum, InsightSettings settings) {
    HistoryEntry newest = payments.get(end);
    BigDecimal allowed = newest.spent().multiply(settings.recurringAmountTolerancePercent()).movePointLeft(2);
    for (Cadence cadence : Cadence.values()) {
      int tolerance = cadence.toleranceDays(settings);
      List<HistoryEntry> run = new ArrayList<>();
      run.add(newest);
      for (int i = end - 1; i >= 0; i--) {
        HistoryEntry earlier = payments.get(i);
        long gap = ChronoUnit.DAYS.between(earlier.date(), run.get(0).date());
        if (!cadence.fits(gap, tolerance) || earlier.spent().subtract(newest.spent()).abs().compareTo(allowed) > 0) {
          break;
        }
        run.add(0, earlier);
      }
      if (run.size() >= minimum) {
        return Optional.of(new RecurringSeries(cadence, run));
      }
    }
    return Optional.empty();
  }

  private static Insight recurring(RecurringSeries series, Analysis analysis) {
    String currency = series.currency();
    HistoryEntry latest = series.latest();
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("merchant", latest.merchantName());
    facts.put("cadence", series.cadence().wireName());
    facts.put("occurrences", series.payments().size());
    facts.put("latestAmount", Amounts.fact(series.latestAmount(), currency));
    facts.put("monthlyCost", Amounts.fact(series.monthlyCost(), currency));
    facts.put("firstDate", series.payments().get(0).date().toString());
    facts.put("latestDate", latest.date().toString());
    facts.put("nextExpected", series.nextExpected().toString());
    facts.put("categoryId", latest.categoryId());
    return new Insight(InsightType.RECURRING_PAYMENT, Severity.INFO,
        series.cadence().wireName().substring(0, 1).toUpperCase(Locale.ROOT)
            + series.cadence().wireName().substring(1) + " payment to " + latest.merchantName().strip(),
        Amounts.display(series.latestAmount(), currency) + " " + series.cadence().wireName() + " since "
            + series.payments().get(0).date() + ", " + Amounts.display(series.monthlyCost(), currency)
            + " a month; next expected around " + series.nextExpected() + ".",
        currency, facts, analysis.period());
  }

  private static Optional<Insight> priceIncrease(RecurringSeries series, Analysis analysis) {
    List<HistoryEntry> payments = series.payments();
    if (payments.size() < 3) {
      return Optional.empty(); // a steady price needs two payments before the newest
    }
    HistoryEntry latest = series.latest();
    BigDecimal before = payments.get(payments.size() - 2).spent();
    BigDecimal steady = payments.get(payments.size() - 3).spent();
    if (!analysis.period().contains(latest.date()) || before.compareTo(steady) != 0
        || latest.spent().compareTo(before) <= 0) {
      return Optional.empty();
    }
    String currency = series.currency();
    BigDecimal increase = latest.spent().subtract(before);
    BigDecimal monthlyIncrease = series.monthlyCost().subtract(series.cadence().monthlyCost(before, currency));
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("merchant", latest.merchantName());
    facts.put("cadence", series.cadence().wireName());
    facts.put("previousAmount", Amounts.fact(before, currency));
    facts.put("newAmount", Amounts.fact(latest.spent(), currency));
    facts.put("increase", Amounts.fact(increase, currency));
    facts.put("increasePercent", Amounts.percent(increase, before));
    facts.put("monthlyCostIncrease", Amounts.fact(monthlyIncrease, currency));
    facts.put("date", latest.date().toString());
    facts.put("transactionId", latest.id().toString());
    return Optional.of(new Insight(InsightType.PRICE_INCREASE, Severity.WARNING,
        latest.merchantName().strip() + " costs more",
        "From " + Amounts.display(before, currency) + " to " + Amounts.display(latest.spent(), currency) + " ("
            + Amounts.percent(increase, before) + "% more, " + Amounts.display(monthlyIncrease, currency)
            + " a month) on " + latest.date() + ".",
        currency, facts, analysis.period()));
  }
}

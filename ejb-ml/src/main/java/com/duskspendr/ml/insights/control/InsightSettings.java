package com.duskspendr.ml.insights.control;

import java.math.BigDecimal;
import java.util.Set;

/**
 * The thresholds of every detector ({@link ConfiguredInsightSettings} reads them from MicroProfile Config;
 * {@link #defaults()} are the documented defaults).
 *
 * @param topCategories how many top categories the spending pattern reports per currency
 * @param patternWarnPercent a top category up by at least this percentage is a warning instead of info
 * @param robustZThreshold an amount is unusual when its robust z-score exceeds this (3.5, Iglewicz-Hoaglin)
 * @param robustMinHistory fewest earlier payments (to the merchant, else in the category) to judge an amount
 * @param madFloorRatio the MAD is taken as at least this fraction of the median (and one minor unit), so a
 *     constant history does not make every cent of difference "unusual"
 * @param duplicateWindowDays same merchant and amount at most this many days apart is a likely duplicate
 * @param firstTimeMultiplier a first payment to a merchant is large at this many times the typical payment
 * @param firstTimeMinHistory fewest earlier payments (in the currency) before first-time merchants are judged
 * @param weeklyToleranceDays allowed deviation from 7 days between weekly payments
 * @param monthlyToleranceDays allowed deviation from 28–31 days between monthly payments
 * @param yearlyToleranceDays allowed deviation from 365–366 days between yearly payments
 * @param recurringMinOccurrences fewest payments that make a series
 * @param recurringAmountTolerancePercent a series continues while each amount is within this percentage of the latest
 * @param savingsThresholdPercent a category this far above its usual level is a savings opportunity
 * @param savingsExcludedCategories primaries that are not spending one can cut (income, transfers, loans)
 */
public record InsightSettings(
    int topCategories,
    BigDecimal patternWarnPercent,
    BigDecimal robustZThreshold,
    int robustMinHistory,
    BigDecimal madFloorRatio,
    int duplicateWindowDays,
    BigDecimal firstTimeMultiplier,
    int firstTimeMinHistory,
    int weeklyToleranceDays,
    int monthlyToleranceDays,
    int yearlyToleranceDays,
    int recurringMinOccurrences,
    BigDecimal recurringAmountTolerancePercent,
    BigDecimal savingsThresholdPercent,
    Set<String> savingsExcludedCategories) {

  public InsightSettings {
    savingsExcludedCategories = Set.copyOf(savingsExcludedCategories);
  }

  public static InsightSettings defaults() {
    return new InsightSettings(
        3,
        new BigDecimal("25"),
        new BigDecimal("3.5"),
        5,
        new BigDecimal("0.05"),
        3,
        new BigDecimal("5"),
        10,
        2,
        3,
        7,
        3,
        new BigDecimal("25"),
        new BigDecimal("20"),
        Set.of("income", "transfer_in", "transfer_out", "loan_payments"));
  }
}

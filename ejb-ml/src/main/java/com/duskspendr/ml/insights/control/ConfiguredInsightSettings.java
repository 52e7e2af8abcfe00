package com.duskspendr.ml.insights.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@link InsightSettings} from MicroProfile Config; every default equals {@link InsightSettings#defaults()}. */
@ApplicationScoped
public class ConfiguredInsightSettings {

  @Inject @ConfigProperty(name = "duskspendr.insights.top-categories", defaultValue = "3") int topCategories;

  @Inject @ConfigProperty(name = "duskspendr.insights.pattern.warn-percent", defaultValue = "25")
  BigDecimal patternWarnPercent;

  @Inject @ConfigProperty(name = "duskspendr.insights.unusual.z-threshold", defaultValue = "3.5")
  BigDecimal robustZThreshold;

  @Inject @ConfigProperty(name = "duskspendr.insights.unusual.min-history", defaultValue = "5") int robustMinHistory;

  @Inject @ConfigProperty(name = "duskspendr.insights.unusual.mad-floor-ratio", defaultValue = "0.05")
  BigDecimal madFloorRatio;

  @Inject @ConfigProperty(name = "duskspendr.insights.duplicate.window-days", defaultValue = "3")
  int duplicateWindowDays;

  @Inject @ConfigProperty(name = "duskspendr.insights.first-time.multiplier", defaultValue = "5")
  BigDecimal firstTimeMultiplier;

  @Inject @ConfigProperty(name = "duskspendr.insights.first-time.min-history", defaultValue = "10")
  int firstTimeMinHistory;

  @Inject @ConfigProperty(name = "duskspendr.insights.recurring.weekly-tolerance-days", defaultValue = "2")
  int weeklyToleranceDays;

  @Inject @ConfigProperty(name = "duskspendr.insights.recurring.monthly-tolerance-days", defaultValue = "3")
  int monthlyToleranceDays;

  @Inject @ConfigProperty(name = "duskspendr.insights.recurring.yearly-tolerance-days", defaultValue = "7")
  int yearlyToleranceDays;

  @Inject @ConfigProperty(name = "duskspendr.insights.recurring.min-occurrences", defaultValue = "3")
  int recurringMinOccurrences;

  @Inject @ConfigProperty(name = "duskspendr.insights.recurring.amount-tolerance-percent", defaultValue = "25")
  BigDecimal recurringAmountTolerancePercent;

  @Inject @ConfigProperty(name = "duskspendr.insights.savings.threshold-percent", defaultValue = "20")
  BigDecimal savingsThresholdPercent;

  @Inject
  @ConfigProperty(
      name = "duskspendr.insights.savings.excluded-categories",
      defaultValue = "income,transfer_in,transfer_out,loan_payments")
  String savingsExcludedCategories;

  // Dependent scope: a record is final and cannot stand behind a normal-scope proxy; it is cheap to build.
  @Produces
  InsightSettings settings() {
    return new InsightSettings(
        Math.max(1, topCategories),
        patternWarnPercent,
        robustZThreshold,
        Math.max(2, robustMinHistory),
        madFloorRatio,
        Math.max(0, duplicateWindowDays),
        firstTimeMultiplier,
        Math.max(1, firstTimeMinHistory),
        Math.max(0, weeklyToleranceDays),
        Math.max(0, monthlyToleranceDays),
        Math.max(0, yearlyToleranceDays),
        Math.max(3, recurringMinOccurrences),
        recurringAmountTolerancePercent,
        savingsThresholdPercent,
        Arrays.stream(savingsExcludedCategories.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toSet()));
  }
}

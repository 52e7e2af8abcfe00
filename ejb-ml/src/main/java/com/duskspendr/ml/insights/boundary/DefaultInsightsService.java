package com.duskspendr.ml.insights.boundary;

import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.ml.insights.control.Analysis;
import com.duskspendr.ml.insights.control.InsightEngine;
import com.duskspendr.ml.insights.control.InsightSettings;
import com.duskspendr.ml.insights.control.Periods;
import com.duskspendr.ml.insights.entity.InsightPeriod;
import com.duskspendr.ml.insights.entity.PeriodKind;
import com.duskspendr.transactions.budgets.boundary.BudgetService;
import com.duskspendr.transactions.budgets.boundary.BudgetView;
import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.platform.failure.DomainException.FieldIssue;
import com.duskspendr.transactions.ledger.boundary.HistoryWindow;
import com.duskspendr.transactions.ledger.boundary.SpendingHistory;
import com.duskspendr.users.boundary.Preferences;
import com.duskspendr.users.boundary.ProfileService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what a period's insights need (preferences, history, budgets) and hands it to the detectors. The
 * history reaches back three periods (for comparisons) and at least {@value #RECURRING_LOOKBACK_MONTHS}
 * months (three yearly payments), up to the period's end.
 */
@Stateless
public class DefaultInsightsService implements InsightsService {

  /** Three yearly payments span two years; a month more allows for their tolerance. */
  static final int RECURRING_LOOKBACK_MONTHS = 26;

  private static final int COMPARED_PERIODS = 3;

  @Inject ProfileService profiles;
  @Inject SpendingHistory history;
  @Inject BudgetService budgets;
  @Inject InsightSettings settings;

  Clock clock = Clock.systemUTC();

  @Override
  public InsightReport insights(AccountId owner, String period, String date) {
    Preferences preferences = profiles.profileOf(owner).preferences();
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(preferences.timezone())));
    List<FieldIssue> issues = new ArrayList<>();
    PeriodKind kind = periodKind(period, issues);
    LocalDate day = day(date, today, issues);
    if (!issues.isEmpty()) {
      throw new InvalidInputException(issues);
    }
    InsightPeriod wanted = Periods.containing(kind, day, preferences.weekStartsOn());
    List<InsightPeriod> previous = Periods.before(wanted, COMPARED_PERIODS, preferences.weekStartsOn());
    LocalDate from = previous.get(COMPARED_PERIODS - 1).start();
    LocalDate recurringFrom = wanted.end().minusMonths(RECURRING_LOOKBACK_MONTHS);
    HistoryWindow window = history.between(
        owner, from.isBefore(recurringFrom) ? from : recurringFrom, wanted.end(), SpendingHistory.MAX_ROWS);
    List<BudgetView> current = wanted.contains(today) ? budgets.list(owner) : List.of();
    Analysis analysis =
        new Analysis(wanted, previous, window.entries(), today, preferences.currency(), current, settings);
    return new InsightReport(wanted, preferences.currency(), InsightEngine.insights(analysis), window.truncated());
  }

  private static PeriodKind periodKind(String period, List<FieldIssue> issues) {
    if (period == null || period.isBlank()) {
      return PeriodKind.MONTH;
    }
    return PeriodKind.fromWireName(period.strip()).orElseGet(() -> {
      issues.add(new FieldIssue("period", "must be one of week, month, quarter, year"));
      return PeriodKind.MONTH;
    });
  }

  private static LocalDate day(String date, LocalDate today, List<FieldIssue> issues) {
    if (date == null || date.isBlank()) {
      return today;
    }
    try {
      LocalDate day = LocalDate.parse(date.strip());
      if (day.isAfter(today)) {
        issues.add(new FieldIssue("date", "must not be after today (" + today + " in your time zone)"));
        return today;
      }
      return day;
    } catch (DateTimeParseException e) {
      issues.add(new FieldIssue("date", "must be a date like 2026-05-31"));
      return today;
    }
  }
}

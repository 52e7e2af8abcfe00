package com.duskspendr.analytics.spending.control;

import com.duskspendr.platform.failure.DomainException.FieldIssue;
import com.duskspendr.platform.failure.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A closed range of days in the user's calendar: a week (from the user's week start), month, quarter or year
 * containing a day, or a custom range. Transactions are dated by day, so the user's time zone only decides
 * which day "today" is.
 */
public record SpendingPeriod(LocalDate from, LocalDate to) {

  /** Longest custom range: as long as the longest trend. */
  public static final int MAX_CUSTOM_DAYS = 5 * 366;

  public SpendingPeriod {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(from + " is after " + to);
    }
  }

  /** Days in the period. */
  public long length() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /**
   * The days a daily average divides by: all of them for a past period, those elapsed so far (today
   * included) for the current one, and all of them for a period that has not begun.
   */
  public long daysForAverage(LocalDate today) {
    if (today.isBefore(from) || today.isAfter(to)) {
      return length();
    }
    return ChronoUnit.DAYS.between(from, today) + 1;
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  /**
   * The period the query parameters ask for.
   *
   * @param period week, month (default), quarter, year or custom
   * @param date a day inside it (default today); not with custom
   * @param fromText first day of a custom period
   * @param toText last day of a custom period
   * @throws InvalidInputException naming every bad parameter
   */
  public static SpendingPeriod parse(
      String period, String date, String fromText, String toText, LocalDate today, DayOfWeek weekStart) {
    List<FieldIssue> issues = new ArrayList<>();
    String kind = period == null || period.isBlank() ? "month" : period.strip().toLowerCase(Locale.ROOT);
    if ("custom".equals(kind)) {
      LocalDate from = day("from", fromText, issues, true);
      LocalDate to = day("to", toText, issues, true);
      if (date != null && !date.isBlank()) {
        issues.add(new FieldIssue("date", "is not used with period=custom; give from and to"));
      }
      if (from != null && to != null) {
        if (to.isBefore(from)) {
          issues.add(new FieldIssue("to", "must not be before from"));
        } else if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_CUSTOM_DAYS) {
          issues.add(new FieldIssue("to", "a custom period spans at most " + MAX_CUSTOM_DAYS + " days"));
        }
      }
      throwIfAny(issues);
      return new SpendingPeriod(from, to);
    }
    if (fromText != null && !fromText.isBlank()) {
      issues.add(new FieldIssue("from", "is only used with period=custom"));
    }
    if (toText != null && !toText.isBlank()) {
      issues.add(new FieldIssue("to", "is only used with period=custom"));
    }
    LocalDate day = date == null || date.isBlank() ? today : day("date", date, issues, false);
    SpendingPeriod result = null;
    if (day != null) {
      switch (kind) {
        case "week" -> {
          LocalDate start = day.with(TemporalAdjusters.previousOrSame(weekStart));
          result = new SpendingPeriod(start, start.plusDays(6));
        }
        case "month" -> result = new SpendingPeriod(YearMonth.from(day).atDay(1), YearMonth.from(day).atEndOfMonth());
        case "quarter" -> {
          LocalDate start = day.with(IsoFields.DAY_OF_QUARTER, 1);
          result = new SpendingPeriod(start, start.plusMonths(3).minusDays(1));
        }
        case "year" -> result = new SpendingPeriod(day.withDayOfYear(1), day.withDayOfYear(day.lengthOfYear()));
        default -> issues.add(new FieldIssue("period", "must be one of week, month, quarter, year, custom"));
      }
    }
    throwIfAny(issues);
    return result;
  }

  private static LocalDate day(String field, String text, List<FieldIssue> issues, boolean required) {
    if (text == null || text.isBlank()) {
      if (required) {
        issues.add(new FieldIssue(field, "is required with period=custom (YYYY-MM-DD)"));
      }
      return null;
    }
    try {
      LocalDate day = LocalDate.parse(text.strip());
      if (day.getYear() < 1900 || day.getYear() > 2999) {
        issues.add(new FieldIssue(field, "must be a day between the years 1900 and 2999"));
        return null;
      }
      return day;
    } catch (DateTimeParseException notADay) {
      issues.add(new FieldIssue(field, "must be a day as YYYY-MM-DD"));
      return null;
    }
  }

  private static void throwIfAny(List<FieldIssue> issues) {
    if (!issues.isEmpty()) {
      throw new InvalidInputException(issues);
    }
  }
}

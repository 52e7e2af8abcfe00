package com.duskspendr.analytics.spending.boundary;

import com.duskspendr.platform.identity.AccountId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The owner's spending analytics. Every answer equals a computation over the ledger as it is now: stored
 * aggregates plus the changes since their watermark. Periods follow the owner's time zone (which day is
 * today) and week start; parameters arrive as the client sent them and are checked here.
 */
public interface AnalyticsService {

  /** Most months trends and cash flow show. */
  int MAX_MONTHS = 60;

  /** @throws com.duskspendr.platform.failure.InvalidInputException naming each bad parameter */
  SpendingSummary summary(@NotNull AccountId owner, String period, String date, String from, String to);

  /** The last {@code months} months up to the current one (1 to 60, default 6). */
  MonthlyFigures trends(@NotNull AccountId owner, String months);

  /** As {@link #trends} with savings rates (default 12 months). */
  MonthlyFigures cashflow(@NotNull AccountId owner, String months);

  /** {@code months} months (1 to 60) ending with {@code last}: what a statement's trend chart shows. */
  MonthlyFigures monthsUpTo(@NotNull AccountId owner, @NotNull java.time.YearMonth last, int months);

  /**
   * @param categoryId a primary category the owner can see, or {@code uncategorized}
   * @throws com.duskspendr.platform.failure.RecordNotFoundException for any other id
   */
  CategoryBreakdown breakdown(
      @NotNull AccountId owner, @NotNull @Size(max = 100) String categoryId, String period, String date, String from,
      String to);
}

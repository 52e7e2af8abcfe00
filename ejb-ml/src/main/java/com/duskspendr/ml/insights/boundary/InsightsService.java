package com.duskspendr.ml.insights.boundary;

import com.duskspendr.platform.identity.AccountId;
import jakarta.validation.constraints.NotNull;

/** Insights computed on demand from the owner's own transactions and budgets. */
public interface InsightsService {

  /**
   * The insights of one period in the owner's calendar (time zone, first day of the week).
   *
   * @param period {@code week}, {@code month}, {@code quarter} or {@code year}; null or blank means month
   * @param date an ISO date inside the wanted period, not after the owner's today; null or blank means today
   * @throws com.duskspendr.platform.failure.InvalidInputException with a detail per invalid parameter
   */
  InsightReport insights(@NotNull AccountId owner, String period, String date);
}

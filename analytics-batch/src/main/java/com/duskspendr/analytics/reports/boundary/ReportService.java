package com.duskspendr.analytics.reports.boundary;

import com.duskspendr.platform.identity.AccountId;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The owner's monthly statements; another user's report is never found. */
public interface ReportService {

  /**
   * Requests the statement of a month ({@code 2026-05}, not in the future) and starts its job.
   *
   * @throws com.duskspendr.platform.failure.InvalidInputException field {@code month}
   */
  ReportView request(@NotNull AccountId owner, String month);

  List<ReportView> list(@NotNull AccountId owner);

  /** @throws com.duskspendr.platform.failure.RecordNotFoundException */
  ReportView get(@NotNull AccountId owner, String id);

  /**
   * @param format pdf (default), csv or json
   * @throws com.duskspendr.platform.failure.RecordNotFoundException also while the report is not ready
   */
  ReportDocument download(@NotNull AccountId owner, String id, String format);
}

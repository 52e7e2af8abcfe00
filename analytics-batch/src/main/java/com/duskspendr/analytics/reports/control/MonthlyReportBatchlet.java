package com.duskspendr.analytics.reports.control;

import com.duskspendr.analytics.reports.entity.ReportStore;
import com.duskspendr.platform.identity.AccountId;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one step of {@code analytics-monthly-report}: assembles the statement of the requested report, renders
 * PDF, CSV and JSON and stores them; a failure marks the report failed (and fails the job) instead of leaving
 * it pending for ever.
 */
@Named("monthlyReportBatchlet")
@Dependent
public class MonthlyReportBatchlet extends AbstractBatchlet {

  private static final Logger LOG = Logger.getLogger(MonthlyReportBatchlet.class.getName());

  @Inject @BatchProperty String reportId;
  @Inject ReportStore reports;
  @Inject StatementAssembler assembler;

  @Override
  public String process() {
    UUID id = UUID.fromString(reportId);
    ReportStore.ReportRow report = reports.find(id).orElseThrow(() -> new IllegalStateException("No report " + id));
    try {
      StatementData data = assembler.assemble(new AccountId(report.userId()), report.month());
      reports.completed(id, new StatementPdf().render(data), new StatementCsv().render(data),
          new StatementJson().render(data));
      return "READY";
    } catch (RuntimeException failure) {
      LOG.log(Level.WARNING, "Statement " + id + " failed", failure);
      reports.failed(id, String.valueOf(failure));
      throw failure;
    }
  }
}

package com.duskspendr.analytics.reports.boundary;

import com.duskspendr.analytics.reports.entity.ReportStore;
import com.duskspendr.analytics.reports.entity.ReportStore.Format;
import com.duskspendr.analytics.reports.entity.ReportStore.ReportRow;
import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.platform.failure.RecordNotFoundException;
import com.duskspendr.platform.identity.AccountId;
import com.duskspendr.users.boundary.ProfileService;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/**
 * NOT_SUPPORTED: the report row commits at once (the job, on another thread, reads it), and jobs are never
 * started inside a transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultReportService implements ReportService {

  public static final String JOB = "analytics-monthly-report";
  private static final List<String> FORMATS = List.of("pdf", "csv", "json");

  @Inject ReportStore reports;
  @Inject ProfileService profiles;

  @Override
  public ReportView request(AccountId owner, String month) {
    YearMonth wanted = month(owner, month);
    ReportRow row = reports.create(owner.value(), wanted);
    Properties parameters = new Properties();
    parameters.setProperty("reportId", row.id().toString());
    BatchRuntime.getJobOperator().start(JOB, parameters);
    return view(row);
  }

  @Override
  public List<ReportView> list(AccountId owner) {
    return reports.list(owner.value(), 100).stream().map(DefaultReportService::view).toList();
  }

  @Override
  public ReportView get(AccountId owner, String id) {
    return view(reports.find(owner.value(), id(id)).orElseThrow(() -> new RecordNotFoundException("Report")));
  }

  @Override
  public ReportDocument download(AccountId owner, String id, String format) {
    String wanted = format == null || format.isBlank() ? "pdf" : format.strip().toLowerCase(Locale.ROOT);
    if (!FORMATS.contains(wanted)) {
      throw InvalidInputException.of("format", "must be one of pdf, csv, json");
    }
    UUID reportId = id(id);
    ReportRow row = reports.find(owner.value(), reportId).orElseThrow(() -> new RecordNotFoundException("Report"));
    byte[] content = reports.document(owner.value(), reportId, Format.valueOf(wanted.toUpperCase(Locale.ROOT)))
        .orElseThrow(() -> new RecordNotFoundException("Ready report"));
    String type = switch (wanted) {
      case "csv" -> "text/csv; charset=UTF-8";
      case "json" -> "application/json";
      default -> "application/pdf";
    };
    return new ReportDocument(content, type, "statement-" + row.month() + "." + wanted);
  }

  private YearMonth month(AccountId owner, String month) {
    if (month == null || month.isBlank()) {
      throw InvalidInputException.of("month", "is required (YYYY-MM)");
    }
    try {
      YearMonth wanted = YearMonth.parse(month.strip());
      YearMonth current = YearMonth.from(
          LocalDate.now(ZoneId.of(profiles.profileOf(owner).preferences().timezone())));
      if (wanted.isAfter(current) || wanted.getYear() < 1900) {
        throw InvalidInputException.of("month", "must not be in the future");
      }
      return wanted;
    } catch (DateTimeParseException notAMonth) {
      throw InvalidInputException.of("month", "must be a month as YYYY-MM");
    }
  }

  private static UUID id(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException | NullPointerException notAnId) {
      throw new RecordNotFoundException("Report");
    }
  }

  private static ReportView view(ReportRow row) {
    return new ReportView(row.id().toString(), row.month().toString(), row.status(), row.createdAt(),
        row.completedAt(), "ready".equals(row.status()) ? FORMATS : List.of());
  }
}

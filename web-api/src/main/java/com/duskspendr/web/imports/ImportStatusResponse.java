package com.duskspendr.web.imports;

import com.duskspendr.transactions.imports.boundary.ImportProgress;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A background import: {@code status} queued, running, done or failed; {@code processedLines} of {@code
 * totalLines} dealt with so far (stored, duplicates, failed).
 */
@JsonbPropertyOrder({"id", "status", "totalLines", "processedLines", "imported", "duplicates", "failed", "error",
    "createdAt", "finishedAt"})
public record ImportStatusResponse(
    String id,
    String status,
    int totalLines,
    int processedLines,
    int imported,
    int duplicates,
    List<ImportResponse.Failure> failed,
    String error,
    OffsetDateTime createdAt,
    OffsetDateTime finishedAt) {

  static ImportStatusResponse from(ImportProgress p) {
    return new ImportStatusResponse(
        p.id().toString(),
        p.status().wireName(),
        p.totalLines(),
        p.processedLines(),
        p.imported(),
        p.duplicates(),
        p.failed().stream().map(f -> new ImportResponse.Failure(f.line(), f.issue())).toList(),
        p.error(),
        p.createdAt(),
        p.finishedAt());
  }
}

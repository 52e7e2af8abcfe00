package com.duskspendr.transactions.imports.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An import as its owner sees it: finished at once (a small file, {@code id} null) or running in the
 * background, with its counts so far.
 *
 * @param totalLines the transactions the file holds (read or not)
 * @param processedLines how many of them are dealt with: stored, skipped as duplicates or failed
 * @param error why a {@code failed} import stopped; null otherwise
 */
public record ImportProgress(
    UUID id,
    ImportStatus status,
    int totalLines,
    int processedLines,
    int imported,
    int duplicates,
    List<LineFailure> failed,
    String error,
    OffsetDateTime createdAt,
    OffsetDateTime finishedAt) {

  public ImportProgress {
    failed = List.copyOf(failed);
  }

  /** Whether it ran in the request (a small file): then there is nothing to poll. */
  public boolean synchronous() {
    return id == null;
  }

  public ImportReport report() {
    return new ImportReport(imported, duplicates, failed);
  }
}

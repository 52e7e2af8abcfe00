package com.duskspendr.web.imports;

import com.duskspendr.transactions.imports.boundary.ImportReport;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** What an import did. */
@JsonbPropertyOrder({"imported", "duplicates", "failed"})
public record ImportResponse(int imported, int duplicates, List<Failure> failed) {

  /** A line that was not imported: its number in the file (1-based) and why. */
  @JsonbPropertyOrder({"line", "issue"})
  public record Failure(int line, String issue) {}

  static ImportResponse from(ImportReport report) {
    return new ImportResponse(
        report.imported(),
        report.duplicates(),
        report.failed().stream().map(f -> new Failure(f.line(), f.issue())).toList());
  }
}

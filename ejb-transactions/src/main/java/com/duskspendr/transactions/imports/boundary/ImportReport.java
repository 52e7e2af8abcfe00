package com.duskspendr.transactions.imports.boundary;

import java.util.List;

/**
 * What an import did: how many transactions it stored, how many lines it skipped as duplicates, and the
 * lines it could not import (in line order), each with its reason.
 */
public record ImportReport(int imported, int duplicates, List<LineFailure> failed) {

  public ImportReport {
    failed = List.copyOf(failed);
  }
}

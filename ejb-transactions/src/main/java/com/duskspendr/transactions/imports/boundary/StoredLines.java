package com.duskspendr.transactions.imports.boundary;

import java.util.List;

/**
 * What the ledger did with lines handed to it.
 *
 * @param stored how many became transactions
 * @param duplicates how many it skipped because the user has their external id already (stored meanwhile,
 *     by a concurrent import of the same file)
 * @param failed the lines it refused, and why
 */
public record StoredLines(int stored, int duplicates, List<LineFailure> failed) {

  public StoredLines {
    failed = List.copyOf(failed);
  }
}

package com.duskspendr.web.sync;

import com.duskspendr.transactions.errors.TransactionsException.FieldIssue;
import java.util.List;

/** What a {@link SyncedRecordWriter} did with one pushed change. */
public sealed interface WriteOutcome {

  /** Written; the record now has this version (for a delete: the tombstone's version). */
  record Applied(long version) implements WriteOutcome {}

  /** Not written: the record's version is not the base version the client edited (or, creating, the id exists). */
  record Conflict() implements WriteOutcome {}

  /** Not written: the owner has no record with this id (never had, or deleted). */
  record Missing() implements WriteOutcome {}

  /** Not written: the data is invalid. Fields are named relative to {@code data} ({@code amount}, {@code tags[2]}). */
  record Rejected(List<FieldIssue> issues) implements WriteOutcome {

    public Rejected {
      issues = List.copyOf(issues);
    }
  }
}

package com.duskspendr.web.sync;

import com.duskspendr.platform.failure.DomainException.FieldIssue;
import java.util.List;

/** What a {@link SyncedRecordWriter} did with one pushed change. */
public sealed interface WriteOutcome {

  /** Written; the record now has this version (for a delete: the tombstone's version). */
  record Applied(long version) implements WriteOutcome {}

  /** Not written: the record's version is not the base version the client edited (or, creating, the id exists). */
  record Conflict() implements WriteOutcome {}

  /** Not written: the owner has no record with this id (never had, or deleted). */
  record Missing() implements WriteOutcome {}

  /**
   * Not written: the change itself cannot be applied to this kind of record, whatever its data. Fields are
   * named relative to the change ({@code id}): for example a create under a client-chosen id of a record
   * whose ids the server chooses.
   */
  record InvalidChange(List<FieldIssue> issues) implements WriteOutcome {

    public InvalidChange {
      issues = List.copyOf(issues);
    }

    public static InvalidChange of(String field, String issue) {
      return new InvalidChange(List.of(new FieldIssue(field, issue)));
    }
  }

  /** Not written: the data is invalid. Fields are named relative to {@code data} ({@code amount}, {@code tags[2]}). */
  record Rejected(List<FieldIssue> issues) implements WriteOutcome {

    public Rejected {
      issues = List.copyOf(issues);
    }
  }
}

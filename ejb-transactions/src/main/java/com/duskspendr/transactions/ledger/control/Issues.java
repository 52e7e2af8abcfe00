package com.duskspendr.transactions.ledger.control;

import com.duskspendr.platform.failure.InvalidInputException;
import com.duskspendr.platform.failure.DomainException.FieldIssue;
import java.util.ArrayList;
import java.util.List;

/** Collects every field problem of one request, so that the client learns all of them at once. */
final class Issues {

  private final List<FieldIssue> found = new ArrayList<>();

  void add(String field, String issue) {
    found.add(new FieldIssue(field, issue));
  }

  boolean has(String field) {
    return found.stream().anyMatch(issue -> issue.field().equals(field));
  }

  void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidInputException(found);
    }
  }
}

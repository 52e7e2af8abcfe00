package com.duskspendr.transactions.errors;

import java.util.List;

/** One or more input fields are invalid; nothing was changed. */
public class InvalidInputException extends TransactionsException {

  private final List<FieldIssue> issues;

  public InvalidInputException(List<FieldIssue> issues) {
    super("The request is invalid");
    this.issues = List.copyOf(issues);
  }

  public static InvalidInputException of(String field, String issue) {
    return new InvalidInputException(List.of(new FieldIssue(field, issue)));
  }

  @Override
  public Kind kind() {
    return Kind.INVALID;
  }

  @Override
  public List<FieldIssue> issues() {
    return issues;
  }
}
